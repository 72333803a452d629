package org.attest.store;

/**
 * What the store knows of one GeoNames place: how it was resolved and how often it is cited.
 *
 * @param geonameid the GeoNames id
 * @param name      the gazetteer's name
 * @param kind      city, province, country or region ({@code PlaceKind#code()})
 * @param country   ISO 3166-1 alpha-2 code, or {@code null}
 * @param admin1    first-order division, or {@code null}
 * @param lat       latitude, or {@code null}
 * @param lon       longitude, or {@code null}
 * @param mentions  mentions in all documents
 * @param documents documents that mention it
 * @param events    events that refer to it
 */
public record PlaceSummary(long geonameid, String name, String kind, String country, String admin1, Double lat,
                           Double lon, long mentions, long documents, long events) {
}
