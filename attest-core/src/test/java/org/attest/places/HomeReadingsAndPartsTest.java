package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * Which reading of an ambiguous name the report's own country or a named town settles, and the
 * districts and regions that are reported unresolved, with invented sentences.
 */
class HomeReadingsAndPartsTest {
    /** GeoNames: Central, Central and Western District, Hong Kong (not Davao, which lists "Central" as an alternate). */
    private static final long CENTRAL_HONG_KONG = 8223932L;
    /** GeoNames: Pingshan in Shenzhen's east (not the larger Pingshan of Huidong, Huizhou, 1798713). */
    private static final long PINGSHAN_SHENZHEN = 1798715L;

    @Test
    void aCommonWordReadAtHomeIsTheHomeCountrysPlace() {
        Document d = GeoparserFixture.parse("In Hong Kong, dock workers marched to the tycoon's office tower in Central on Monday.");
        assertThat(GeoparserFixture.ids(d)).contains(CENTRAL_HONG_KONG);
    }

    @Test
    void aDistrictOfATownIsTheOneBesideIt() {
        Document d = GeoparserFixture.parse("Workers were detained in the Pingshan district of Shenzhen, China.");
        assertThat(GeoparserFixture.ids(d)).contains(PINGSHAN_SHENZHEN);
    }

    @Test
    void aProvinceAbroadIsReportedUnresolved() {
        Document d = GeoparserFixture.parse("Iraq executed three men on Monday. The situation in Kurdistan differed from the rest of Iraq.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).containsExactly("Kurdistan");
        assertThat(d.places()).extracting(PlaceMention::surface).containsOnly("Iraq");
    }

    @Test
    void namedDistrictsAndNeighbourhoodsAreReportedUnresolved() {
        Document d = GeoparserFixture.parse("Shots were fired in the Kibarua area of the capital, Kinshasa. "
                + "Clashes spread to Ngolo, another Kinshasa neighbourhood, on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).containsExactly("Kibarua", "Ngolo");
    }

    @Test
    void aDistrictWordBeforeALowerCaseNounNamesNoDistrict() {
        Document d = GeoparserFixture.parse("Protesters in Kinshasa met Ngolo, a district attorney, on Sunday.");
        assertThat(d.unresolved()).isEmpty();
    }
}
