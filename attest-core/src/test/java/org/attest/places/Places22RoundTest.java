package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The places22 round: institutions and common nouns that GeoNames has as towns, a headline in
 * title case, a city far larger than its namesakes abroad, universities named like towns, New
 * York alone, a state closing a line after its town, stances, towns of a named district, parts
 * of a town after a cue. Invented sentences; "Zelenko" and "Kaloli" are in no gazetteer.
 */
class Places22RoundTest {
    private static final long NEW_YORK_CITY = 5128581;
    private static final long CITY_OF_WESTMINSTER = 2634341;
    private static final long TBILISI = 611717;

    @Test
    void theSupremeCourtIsNoTownOfTheCountryTheTextIsAbout() {
        Document d = GeoparserFixture.parse("Lawyers in Ohio took the case to the Supreme Court in Washington on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Supreme");
    }

    @Test
    void molotovCocktailsAreNoOldNameOfATown() {
        Document d = GeoparserFixture.parse("Rioters threw Molotov cocktails at police in Valencia, Spain.");
        assertThat(d.places()).extracting(PlaceMention::country).doesNotContain("RU");
    }

    @Test
    void aTownAfterInKeepsItsPlaceBeforeAHeadlineVerbThatSpellsATownLoosely() {
        Document d = GeoparserFixture.parse("Rally In Tbilisi Leads To Dozens Held\n\nPolice said the crowd broke up at night.");
        assertThat(GeoparserFixture.ids(d)).contains(TBILISI);
    }

    @Test
    void aLineWithCapitalisedFunctionWordsIsAHeadline() {
        Document d = GeoparserFixture.parse("Unrest In Tbilisi Ends With Arrests\n\nPolice said the crowd broke up at night.");
        assertThat(GeoparserFixture.ids(d)).contains(TBILISI);
    }

    @Test
    void aCityFarLargerThanItsNamesakesAbroadSaysWhichCountryTheTextIsAbout() {
        Document d = GeoparserFixture.parse("Marchers crossed London on Sunday. They met in Green Park and then sat down "
                + "in Westminster for an hour.");
        assertThat(d.places()).extracting(PlaceMention::country).doesNotContain("US");
        assertThat(GeoparserFixture.ids(d)).contains(CITY_OF_WESTMINSTER);
    }

    @Test
    void aTownNamedUniversityIsTheUniversityElsewhereInTheText() {
        Document d = GeoparserFixture.parse("Students set up tents at Columbia University on Monday. Police cleared "
                + "the lawn at Columbia, and Columbia officials met the students. Others marched in Columbia, South Carolina.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Columbia")).hasSize(1);
    }

    @Test
    void newYorkAloneIsTheCityAndAfterATownTheState() {
        Document d = GeoparserFixture.parse("Students rallied at a college in New York on Friday.");
        assertThat(GeoparserFixture.ids(d)).contains(NEW_YORK_CITY);
        Document a = GeoparserFixture.parse("Farmers marched in Albany, New York, on Friday.");
        assertThat(a.places()).filteredOn(p -> p.surface().equals("New York"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void aStateClosingALineAfterItsTownIsTheState() {
        Document d = GeoparserFixture.parse("Curfews were set in these cities:\n\nBoston, Massachusetts\n"
                + "Spokane, Washington\nSalem, Oregon\n");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Washington"))
                .extracting(PlaceMention::kind, PlaceMention::country).containsExactly(tuple(PlaceKind.PROVINCE, "US"));
    }

    @Test
    void aCountryAfterAStancePrefixIsNoPlace() {
        Document d = GeoparserFixture.parse("Hundreds joined pro-Ukraine rallies in Berlin and anti-Russia marches in Munich.");
        assertThat(d.places()).extracting(PlaceMention::country).doesNotContain("UA", "RU");
    }

    @Test
    void aTownBeforeANamedDistrictIsReported() {
        Document d = GeoparserFixture.parse("Uganda's opposition leader stayed at his farm in Kaloli, Mbale district, on Monday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Kaloli");
    }

    @Test
    void aNameAfterTheAreaOfIsAPlace() {
        Document d = GeoparserFixture.parse("In Togo, shops shut in the busy market area of Zelenko on Tuesday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Zelenko");
    }

    @Test
    void aNameBeforeALowerCaseBridgeIsTheBridge() {
        Document d = GeoparserFixture.parse("In London, marchers blocked Waterloo bridge for an hour.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Waterloo");
    }
}
