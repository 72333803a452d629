package org.attest.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.attest.AttestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryTableTest {
    private static final CountryTable TABLE = CountryTable.loadDefault();

    @Test
    void bundledTableHasEveryIsoCountryAndKosovo() {
        assertThat(TABLE.size()).isEqualTo(250);
        assertThat(TABLE.byIso2("XK").orElseThrow().name()).isEqualTo("Kosovo");
        assertThat(TABLE.all()).allSatisfy(c -> assertThat(c.region()).isNotEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Iran|IR", "Islamic Republic of Iran|IR", "United States|US", "the United States|US",
        "USA|US", "U.S.|US", "United States of America|US", "United Kingdom|GB", "UK|GB",
        "Britain|GB", "Great Britain|GB", "Syria|SY", "Syrian Arab Republic|SY", "Russia|RU",
        "Russian Federation|RU", "South Korea|KR", "Republic of Korea|KR", "North Korea|KP",
        "DPRK|KP", "Turkey|TR", "Türkiye|TR", "Czech Republic|CZ", "Burma|MM", "Ivory Coast|CI",
        "Côte d'Ivoire|CI", "DRC|CD", "Democratic Republic of the Congo|CD", "Palestine|PS",
        "Gambia|GM", "The Gambia|GM", "Netherlands|NL"})
    void namesAndAliases(String name, String iso2) {
        assertThat(TABLE.byName(name)).get().extracting(Country::iso2).isEqualTo(iso2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"America", "Congo", "Korea", "Macedonia", "us", "the Islamic Republic", "Persia"})
    void ambiguousOrHistoricNamesAreNotAliases(String name) {
        assertThat(TABLE.byName(name)).isEmpty();
    }

    @Test
    void isoCodes() {
        Country iran = TABLE.byIso2("ir").orElseThrow();
        assertThat(iran.iso3()).isEqualTo("IRN");
        assertThat(iran.name()).isEqualTo("Iran");
        assertThat(iran.region()).isEqualTo("Middle East");
        assertThat(iran.lat()).isBetween(35.0, 36.0);   // Tehran
        assertThat(iran.lon()).isBetween(51.0, 52.0);
        assertThat(TABLE.byIso("IRQ").orElseThrow().iso2()).isEqualTo("IQ");
        assertThat(TABLE.byIso2("IRN")).isEmpty();
    }

    @Test
    void regionsFollowAcled() {
        assertThat(TABLE.byIso2("IQ").orElseThrow().region()).isEqualTo("Middle East");
        assertThat(TABLE.byIso2("AF").orElseThrow().region()).isEqualTo("South Asia");
        assertThat(TABLE.byIso2("GE").orElseThrow().region()).isEqualTo("Caucasus and Central Asia");
        assertThat(TABLE.byIso2("NG").orElseThrow().region()).isEqualTo("Western Africa");
        assertThat(TABLE.byIso2("MX").orElseThrow().region()).isEqualTo("Central America");
        assertThat(TABLE.byIso2("FR").orElseThrow().region()).isEqualTo("Europe");
    }

    @Test
    void demonyms() {
        assertThat(TABLE.isDemonym("Iranian")).isTrue();
        assertThat(TABLE.isDemonym("Iranians")).isTrue();
        assertThat(TABLE.isDemonym("French")).isTrue();
        assertThat(TABLE.isDemonym("Iraqi")).isTrue();
        assertThat(TABLE.isDemonym("Tehran")).isFalse();
        assertThat(TABLE.byDemonym("Iranian")).extracting(Country::iso2).containsExactly("IR");
        assertThat(TABLE.byDemonym("Congolese")).extracting(Country::iso2).containsExactlyInAnyOrder("CD", "CG");
    }

    @Test
    void aNameSharedByTwoCountriesIsRejected() {
        String text = "iso2\tiso3\tname\taliases\tdemonyms\tlat\tlon\tregion\n"
                + "CD\tCOD\tDR Congo\tCongo\tCongolese\t-4.3\t15.3\tMiddle Africa\n"
                + "CG\tCOG\tRepublic of the Congo\tCongo\tCongolese\t-4.3\t15.3\tMiddle Africa\n";
        assertThatThrownBy(() -> CountryTable.parse(new StringReader(text), "c.tsv"))
                .isInstanceOf(AttestException.class)
                .hasMessage("c.tsv:3: name 'Congo' also names CD (line 2)");
    }

    @Test
    void badCoordinateNamesLine() {
        String text = "# countries\niso2\tiso3\tname\taliases\tdemonyms\tlat\tlon\tregion\n"
                + "IR\tIRN\tIran\t\tIranian\tnorth\t51.4\tMiddle East\n";
        assertThatThrownBy(() -> CountryTable.parse(new StringReader(text), "c.tsv"))
                .isInstanceOf(AttestException.class).hasMessage("c.tsv:3: lat 'north' is not a number");
    }
}
