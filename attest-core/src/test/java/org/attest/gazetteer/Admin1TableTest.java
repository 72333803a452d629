package org.attest.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.attest.AttestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Admin1TableTest {
    private static final Admin1Table TABLE = Admin1Table.loadDefault();

    @Test
    void bundledTableLoadsCleanlyAndCoversManyCountries() {
        assertThat(TABLE.size()).isGreaterThan(3000);
        assertThat(TABLE.all()).extracting(Admin1::country).doesNotContainNull();
        assertThat(TABLE.all().stream().map(Admin1::country).distinct().count()).isGreaterThan(190);
    }

    @ParameterizedTest(name = "{0} -> IR.{1}")
    @CsvSource(delimiter = '|', value = {
        "Kurdistan|16", "Kordestan|16", "Kurdistan Province|16", "Lorestan|23", "Luristan|23",
        "Khuzestan|15", "Khouzestan|15", "Sistan-Baluchestan|04", "Sistan and Baluchistan|04",
        "Sistan va Baluchestan|04", "Azarbaijan-e Sharqi|33", "East Azerbaijan Province|33",
        "west azerbaijan|01", "Kohgiluyeh and Boyer Ahmad|05", "Chahar Mahal and Bakhtiari|03",
        "Esfahan|28", "Isfahan|28", "Khorasan Razavi|42", "Tehran Province|26", "Fars|07",
        "Qom|39", "Qum|39"})
    void iranianProvincesByNameVariant(String name, String code) {
        assertThat(TABLE.byName(name)).filteredOn(a -> a.country().equals("IR"))
                .extracting(Admin1::code).containsExactly(code);
    }

    @Test
    void spotChecksOtherCountries() {
        assertThat(TABLE.byCode("FR", "11").orElseThrow().name()).isEqualTo("Île-de-France");
        assertThat(TABLE.byName("Ile de France")).extracting(Admin1::code).containsExactly("11");
        assertThat(TABLE.byName("Bretagne")).extracting(Admin1::name).containsExactly("Brittany");
        assertThat(TABLE.byCode("IQ", "11").orElseThrow().name()).isEqualTo("Erbil");
        assertThat(TABLE.byName("Nineveh Governorate")).extracting(Admin1::country, Admin1::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("IQ", "15"));
        assertThat(TABLE.byCode("US", "CA").orElseThrow().iso3166_2()).isEqualTo("US-CA");
        assertThat(TABLE.ofCountry("US")).hasSize(51);
        assertThat(TABLE.byCode("TR", "68").orElseThrow().name()).isEqualTo("Ankara");
        assertThat(TABLE.byCode("TR", "34").orElseThrow().name()).isEqualTo("Istanbul");
    }

    // Each GeoNames code checked by its seat city in cities500; the first three of each country
    // were wrong before the city-membership audit of build/admin1 (Melbourne's AU.07 read as
    // South Australia, Sudan's Darfur states rotated, Sana'a city and province swapped back).
    @ParameterizedTest(name = "{0}.{1} (seat {3}) is {2}")
    @CsvSource(delimiter = '|', value = {
        "AU|07|Victoria|Melbourne", "AU|05|South Australia|Adelaide", "AU|02|New South Wales|Sydney",
        "SD|55|North Darfur|El Fasher", "SD|42|Blue Nile|Ad-Damazin", "SD|61|Central Darfur|Zalingei",
        "IT|07|Lazio|Rome", "IE|L|Leinster|Dublin", "TL|DI|Dili municipality|Dili",
        "CM|13|North|Garoua", "TD|16|Mayo-Kebbi Est|Bongor", "MR|07|Adrar|Atar",
        "AE|04|Fujairah|Fujairah", "TH|40|Bangkok|Bangkok", "RS|SE|Central Serbia|Nis",
        "NP|3|Bagmati|Kathmandu", "ZM|10|Muchinga|Chinsali", "YE|26|Sana'a|Sanaa"})
    void capitalsLieInTheirOwnProvince(String country, String code, String name, String seat) {
        assertThat(TABLE.byCode(country, code).orElseThrow().name()).as(seat).isEqualTo(name);
    }

    // The rows of the second audit (build/admin1/audit.txt, overrides.tsv): each named another unit
    // than its GeoNames code, mostly one district of a region (Malawi, Uganda), one former county of a
    // merged one (Norway), an older district (Bahamas) or a neighbour.
    @ParameterizedTest(name = "{0}.{1} (seat {3}) is {2}")
    @CsvSource(delimiter = '|', value = {
        "MW|C|Central Region|Lilongwe", "MW|N|Northern Region|Mzuzu", "MW|S|Southern Region|Blantyre",
        "UG|C|Central Region|Kampala", "UG|E|Eastern Region|Jinja", "UG|N|Northern Region|Gulu",
        "UG|W|Western Region|Mbarara", "NO|21|Trøndelag|Steinkjer", "NO|34|Innlandet|Hamar",
        "NO|38|Vestfold og Telemark|Skien", "NO|42|Agder|Kristiansand", "NO|46|Vestland|Bergen",
        "NO|54|Troms og Finnmark|Tromso", "AZ|35|Nakhchivan Autonomous Republic|Nakhchivan",
        "AZ|48|Shaki City|Sheki", "AZ|68|Yevlakh City|Yevlakh", "AG|05|Saint Mary Parish|Bolands",
        "LC|08|Micoud Quarter|Micoud", "SC|11|Cascade|Cascade", "SC|23|Takamaka|Takamaka",
        "TV|VAI|Vaitupu|Asau", "NR|01|Aiwo District|Yangor", "NR|06|Boe District|Boe",
        "PG|07|Bougainville|Arawa", "PG|15|New Ireland|Kavieng", "MV|01|Addu Atoll|Hithadhoo",
        "MV|10346475|Alif Dhaal Atoll|Mahibadhoo", "MV|31|Baa Atoll|Eydhafushi", "MV|44|Raa Atoll|Ungoofaaru",
        "MK|F6|City of Skopje|Skopje", "MK|92|Sopište Municipality|Sopiste", "MA|02|L'Oriental|Nador",
        "DZ|OD|Ouled Djellal|Ouled Djellal", "BS|37|Central Abaco|Marsh Harbour",
        "BS|41|East Grand Bahama|High Rock", "BS|47|North Andros|San Andros", "BS|54|West Grand Bahama|West End",
        "LV|19|Ludza Municipality|Ludza", "LV|30|Valka Municipality|Valka", "LV|06|Daugavpils|Daugavpils",
        "LV|AN|Augšdaugava Municipality|Ilukste", "LV|D1|Smiltene Municipality|Smiltene"})
    void auditedRowsNameTheirOwnUnit(String country, String code, String name, String seat) {
        assertThat(TABLE.byCode(country, code).orElseThrow().name()).as(seat).isEqualTo(name);
    }

    @Test
    void regionsGoByTheirBareNamesAndNotByTheDistrictsTheyWereNamedAfter() {
        Admin1 northern = TABLE.byCode("MW", "N").orElseThrow();
        assertThat(northern.iso3166_2()).isEqualTo("MW-N");
        // "Northern" is a name of its own to the geoparser, which finds names by their words
        assertThat(northern.aliases()).contains("Northern").doesNotContain("Rumphi District", "Rumphi");
        assertThat(TABLE.byCode("UG", "E").orElseThrow().aliases()).contains("Eastern")
                .doesNotContain("Jinja", "Jinja District");
        // a bare "Central" is the common word ("Kamuzu Central Hospital")
        assertThat(TABLE.byCode("MW", "C").orElseThrow().aliases()).doesNotContain("Central", "Lilongwe");
        assertThat(TABLE.byName("Lilongwe")).isEmpty();
        assertThat(TABLE.byName("Oujda-Angad")).isEmpty();
        assertThat(TABLE.byName("Northern Region")).extracting(Admin1::country).contains("MW", "UG");
        assertThat(TABLE.byName("Shan")).extracting(Admin1::name).containsExactly("Shan State");
    }

    @Test
    void sharedNamesGiveEveryMatch() {
        // Georgia is a US state; the country Georgia lives in CountryTable, not here
        assertThat(TABLE.byName("Georgia")).extracting(Admin1::country).contains("US");
        assertThat(TABLE.byName("no such province")).isEmpty();
    }

    @Test
    void lookupsIgnoreCountryCaseAndUnknownsAreEmpty() {
        assertThat(TABLE.byCode("ir", "26")).isPresent();
        assertThat(TABLE.byCode("IR", "99")).isEmpty();
        assertThat(TABLE.ofCountry("ZZ")).isEmpty();
    }

    @Test
    void readsGeoNamesAdmin1CodesFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("admin1CodesASCII.txt");
        Files.writeString(file, "IR.26\tTehrān\tTehran\t110791\n"
                + "IR.07\tFars\tFars\t134766\n"
                + "FR.11\tÎle-de-France\tIle-de-France\t3012874\n", StandardCharsets.UTF_8);
        Admin1Table geonames = Admin1Table.fromGeoNamesFile(file);
        assertThat(geonames.size()).isEqualTo(3);
        Admin1 tehran = geonames.byCode("IR", "26").orElseThrow();
        assertThat(tehran.name()).isEqualTo("Tehrān");
        assertThat(tehran.aliases()).containsExactly("Tehran");
        assertThat(tehran.iso3166_2()).isEmpty();
        assertThat(geonames.byName("fars province")).extracting(Admin1::code).containsExactly("07");
        Admin1Table enriched = geonames.withAliasesFrom(TABLE);
        assertThat(enriched.byCode("IR", "26").orElseThrow().iso3166_2()).isEqualTo("IR-23");
        assertThat(enriched.byName("Teheran")).extracting(Admin1::code).containsExactly("26");
    }

    @Test
    void malformedGeoNamesFileNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("admin1CodesASCII.txt");
        Files.writeString(file, "IR.26\tTehran\tTehran\t110791\nIR07\tFars\tFars\t134766\n");
        assertThatThrownBy(() -> Admin1Table.fromGeoNamesFile(file))
                .isInstanceOf(AttestException.class)
                .hasMessage(file + ":2: 'IR07' is not CC.code")
                .extracting(Throwable::getMessage).asString().doesNotContain("\n");
    }

    @Test
    void geoNamesRowWithTooFewCellsIsAnError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("admin1CodesASCII.txt");
        Files.writeString(file, "IR.26\tTehran\n");
        assertThatThrownBy(() -> Admin1Table.fromGeoNamesFile(file))
                .isInstanceOf(AttestException.class).hasMessageStartingWith(file + ":1: 2 cells, expected 4");
    }

    @Test
    void attestFormatErrorsNameSourceAndLine() {
        String header = "# comment\ncountry\tcode\tname\taliases\tiso3166_2\n";
        assertThatThrownBy(() -> Admin1Table.parse(new StringReader(header + "IR\t26\t\t\t\n"), "t.tsv"))
                .isInstanceOf(AttestException.class).hasMessage("t.tsv:3: empty name for IR.26");
        assertThatThrownBy(() -> Admin1Table.parse(
                new StringReader(header + "IR\t26\tTehran\t\t\nIR\t26\tTehran\t\t\n"), "t.tsv"))
                .hasMessage("t.tsv:4: IR.26 repeats line 3");
        assertThatThrownBy(() -> Admin1Table.parse(new StringReader("country\tname\n"), "t.tsv"))
                .hasMessage("t.tsv:1: header lacks column 'code'");
        assertThatThrownBy(() -> Admin1Table.parse(new StringReader(header + "Iran\t26\tTehran\t\t\n"), "t.tsv"))
                .hasMessage("t.tsv:3: country 'Iran' is not an ISO 3166-1 alpha-2 code");
    }

    @Test
    void attestFormatReadsColumnsByName() throws AttestException {
        String text = "iso3166_2\tname\tcode\tcountry\taliases\nIR-23\tTehran\t26\tIR\tTeheran, Tehran Province\n";
        Admin1Table t = Admin1Table.parse(new StringReader(text), "t.tsv");
        Admin1 tehran = t.byCode("IR", "26").orElseThrow();
        assertThat(tehran.aliases()).containsExactly("Teheran", "Tehran Province");
        assertThat(tehran.iso3166_2()).isEqualTo("IR-23");
    }

    @Test
    void loadsAFileInAttestFormat(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("admin1.tsv");
        Files.writeString(file, "country\tcode\tname\taliases\tiso3166_2\nIR\t26\tTehran\t\tIR-23\n");
        assertThat(Admin1Table.load(file).byName("tehran")).hasSize(1);
        assertThatThrownBy(() -> Admin1Table.load(dir.resolve("missing.tsv")))
                .isInstanceOf(AttestException.class).hasMessageContaining("missing.tsv: cannot read");
    }
}
