package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * Regional reports of the United States: counties named apart from their towns, a country's
 * other name among a state's towns, a couple named by one surname, a prison named after its
 * town, a town of a province the text names, a dateline in capitals, and the adjectives of world regions. Invented sentences.
 */
class CountiesListsAndNamedProvincesTest {
    /** Holland, Michigan. */
    private static final long HOLLAND_MICHIGAN = 4996248L;
    /** Mason, Michigan, which GeoNames also gives as another name of Glendale, California. */
    private static final long MASON_MICHIGAN = 5001093L;

    @Test
    void aTownOfAProvinceTheTextNamesOutweighsALargerNamesakeElsewhere() {
        Document d = GeoparserFixture.parse("Volunteers across Michigan handed out water on Friday, and a food bank "
                + "in Mason stayed open late.");
        assertThat(GeoparserFixture.ids(d)).contains(MASON_MICHIGAN);
    }

    @Test
    void countiesInAReportOnTheUnitedStatesAreNoTowns() {
        Document d = GeoparserFixture.parse("Deputies from Allegan and Ottawa counties searched the dunes near "
                + "Grand Rapids, Michigan, and the Wayne County sheriff sent a boat.");
        assertThat(d.places()).extracting(PlaceMention::surface)
                .contains("Grand Rapids", "Michigan").doesNotContain("Allegan", "Ottawa", "Wayne");
    }

    @Test
    void aCountyAbroadStillNamesItsTown() {
        Document d = GeoparserFixture.parse("Farmers gathered outside the governor's office of Shush County "
                + "in Khuzestan province of Iran.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Shush");
    }

    @Test
    void aCountrysOtherNameAmongAnotherCountrysTownsIsATown() {
        Document d = GeoparserFixture.parse("Teachers drove from Muskegon, Holland and Kalamazoo to a rally "
                + "in Grand Rapids, Michigan.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Holland"))
                .extracting(PlaceMention::kind, PlaceMention::geonameid)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlaceKind.CITY, HOLLAND_MICHIGAN));
    }

    @Test
    void aCountrysOtherNameAmongCountriesStaysTheCountry() {
        Document d = GeoparserFixture.parse("Cyclists from Germany, Holland and Belgium rode into town.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Holland"))
                .extracting(PlaceMention::kind, PlaceMention::country)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlaceKind.COUNTRY, "NL"));
    }

    @Test
    void aCoupleNamedByOneSurnameIsNoTown() {
        Document d = GeoparserFixture.parse("Harold and Ruth Pemberton ran a bakery in Toledo, Ohio, for thirty years.");
        assertThat(d.places()).extracting(PlaceMention::surface)
                .contains("Toledo").doesNotContain("Harold", "Ruth");
    }

    @Test
    void aPrisonNamedAfterItsTownLocatesTheTown() {
        Document d = GeoparserFixture.parse("The inmate was moved to the Marion Correctional Institution in Ohio last week.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Marion"))
                .extracting(PlaceMention::kind, PlaceMention::admin1)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlaceKind.CITY, "Ohio"));
    }

    @Test
    void aCommonWordInCapitalsHeadingADatelineIsTheTown() {
        Document d = GeoparserFixture.parse("MOBILE \u2014 Dock workers in Alabama stayed off the job for a third day on Tuesday.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("MOBILE"))
                .extracting(PlaceMention::kind, PlaceMention::admin1)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(PlaceKind.CITY, "Alabama"));
    }

    @Test
    void aCommonWordInCapitalsBeforeADashMidLineStaysAWord() {
        Document d = GeoparserFixture.parse("Dock workers in Alabama said the MOBILE \u2014 their word for the strike fund \u2014 was empty.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("MOBILE");
    }

    @Test
    void theAdjectiveOfAWorldRegionNamesTheRegion() {
        Document d = GeoparserFixture.parse("Many of the shopkeepers on the avenue are of Middle Eastern origin.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Middle Eastern");
    }

    @Test
    void anOrganisationNamedAfterARegionsAdjectiveIsNoRegion() {
        Document d = GeoparserFixture.parse("The Forum of East African Traders urged calm in Mombasa.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("East African");
    }
}
