package org.attest.gazetteer;

/**
 * The columns of a GeoNames geoname table ({@code cities500.txt}, {@code allCountries.txt},
 * {@code IR.txt}), in file order. Rows are read through these names, never by bare index.
 */
enum GeoNamesColumn {
    GEONAMEID, NAME, ASCIINAME, ALTERNATENAMES, LATITUDE, LONGITUDE, FEATURE_CLASS, FEATURE_CODE,
    COUNTRY_CODE, CC2, ADMIN1_CODE, ADMIN2_CODE, ADMIN3_CODE, ADMIN4_CODE, POPULATION, ELEVATION,
    DEM, TIMEZONE, MODIFICATION_DATE;

    static final int COUNT = values().length;

    String of(String[] row) {
        return row[ordinal()];
    }
}
