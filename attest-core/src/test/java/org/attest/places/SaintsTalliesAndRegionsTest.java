package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * Names opened by a saint's title, tallies of places with counts, a town beside a loosely spelled
 * word, named regions, institutions of places, a news agency's French name and Bolivia's departments, with invented
 * sentences.
 */
class SaintsTalliesAndRegionsTest {
    /** GeoNames: Saint Paul, Minnesota (alternate name "St. Paul"). */
    private static final long SAINT_PAUL = 5045360L;
    /** GeoNames: Tbilisi, Georgia. */
    private static final long TBILISI = 611717L;

    @Test
    void aSaintsAbbreviationWithItsFullStopOpensTheTownsName() {
        Document d = GeoparserFixture.parse("Nurses marched through Minneapolis and St. Paul on Friday.");
        assertThat(GeoparserFixture.ids(d)).contains(SAINT_PAUL);
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Paul");
    }

    @Test
    void aSaintsChurchOrSquareIsNoTown() {
        Document d = GeoparserFixture.parse("Pilgrims filled St Paul's Cathedral in London on Sunday.");
        assertThat(GeoparserFixture.ids(d)).doesNotContain(SAINT_PAUL);
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("London");
    }

    @Test
    void aTallyOfPlacesWithCountsIsAListOfPlaces() {
        Document d = GeoparserFixture.parse("Eleven people were killed in Syria on Friday: namely two in Homs; "
                + "three in Qurmin; five in Hama; and one in Zabdiyeh.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Qurmin", "Zabdiyeh");
    }

    @Test
    void aTownBesideALooselySpelledWordStaysTheTownElsewhere() {
        Document d = GeoparserFixture.parse("In Tbilisi, police tore down the tents on Tuesday. "
                + "The Tbilisi Life channel said two reporters were hurt.");
        assertThat(GeoparserFixture.ids(d)).contains(TBILISI);
    }

    @Test
    void aNamedRegionIsReportedUnresolvedButAPeoplesRegionIsNot() {
        Document d = GeoparserFixture.parse("Farmers rallied in the Zarqif region and in Al Hoceima, Morocco. "
                + "Others met in the Berber region of the north.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Zarqif").doesNotContain("Berber");
    }

    @Test
    void aNewsAgencysFrenchNameNamesNoCountry() {
        Document d = GeoparserFixture.parse("Four men were jailed in Algiers on Monday, Agence France-Presse reported.");
        assertThat(d.places()).extracting(PlaceMention::surface).containsExactly("Algiers");
    }

    @Test
    void bolivianDepartmentsGoByGeoNamesNames() {
        Document d = GeoparserFixture.parse("Coca growers blocked roads in the department of Cochabamba, Bolivia.");
        assertThat(d.places()).filteredOn(m -> m.kind() == org.attest.model.PlaceKind.PROVINCE)
                .extracting(PlaceMention::admin1).containsExactly("Cochabamba");
    }

    @Test
    void anInstitutionOfAPlaceNamesThePlaceWhenThePlaceClosesItsName() {
        assertThat(surfaces("The Supreme Court of Portugal upheld the sentences on Monday.")).containsExactly("Portugal");
        assertThat(surfaces("Farmers opposed the Rubber Authority of Thailand Act on Monday.")).isEmpty();
        assertThat(surfaces("The Federation of Hong Kong and Kowloon Labour Unions called a strike.")).isEmpty();
    }

    private static java.util.List<String> surfaces(String text) {
        return GeoparserFixture.parse(text).places().stream().map(PlaceMention::surface).toList();
    }
}
