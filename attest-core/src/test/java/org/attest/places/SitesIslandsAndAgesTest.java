package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * Places named by the site they hold ("Tarvel Prison", "the Tarvel police station", "in Tarvel
 * Township"), rivers and islands named after a place ({@code landform-after-words.txt}, "Island"
 * no longer Iceland's alias), and persons by an age after a comma or another given name in
 * brackets. Sentences and names invented.
 */
class SitesIslandsAndAgesTest {
    @Test
    void theTownOfAPrisonOrAPoliceStationTheGazetteerLacksIsReported() {
        Document d = GeoparserFixture.parse("Relatives said 40 inmates of Dorvanek Prison in Bahrain had refused food. "
                + "A crowd later set fire to the Marutpurgh police station in Sirajganj, and two guards were moved to Velkaruzi prison.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Dorvanek", "Marutpurgh", "Velkaruzi");
    }

    @Test
    void aPartWordInCapitalsAfterInNamesAPlaceButNotAfterAnArticle() {
        Document d = GeoparserFixture.parse("Troops burned homes in Kani Township last year, Myanmar's opposition said. "
                + "Shops in the Blue Area of the capital stayed shut.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Kani").doesNotContain("Blue");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Kani");
    }

    @Test
    void anIslandIsItsWholeNameAndNoCountryIsland() {
        Document d = GeoparserFixture.parse("A convoy drove through Ikoyi and Victoria Island in Lagos on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Victoria", "Island");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Victoria Island");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Ikoyi", "Lagos");
    }

    @Test
    void aNameBeforeRiverIsTheRiversNotTheTown() {
        Document d = GeoparserFixture.parse("In Tete, a city on the Zambezi river in Mozambique, traders closed their stalls.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Zambezi").contains("Tete");
    }

    @Test
    void aNameWithAYearsOldAgeAfterItIsAPersonButNotTheSceneAfterIn() {
        Document person = GeoparserFixture.parse("Caracas was calm, but many were angry. \"We want change,\" said Carmen, "
                + "a 61-year-old nurse who marched in Venezuela's capital.");
        assertThat(person.places()).extracting(PlaceMention::surface).doesNotContain("Carmen");
        Document scene = GeoparserFixture.parse("Police fired on marchers across Iran. In Zahedan, a 17-year-old boy was shot dead.");
        assertThat(scene.places()).extracting(PlaceMention::surface).contains("Zahedan");
    }

    @Test
    void anotherGivenNameInBracketsMakesAllThreeWordsThePersons() {
        Document d = GeoparserFixture.parse("Thousands marched in Tehran after the death of Jina (Leyla) Amini in custody. "
                + "Her family in Saqqez, Iran, asked for an inquiry.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Jina", "Amini", "Leyla")
                .contains("Tehran", "Saqqez");
    }

    @Test
    void aTownBeforeItsProvinceInBracketsStaysAPlace() {
        Document d = GeoparserFixture.parse("Teachers went on strike in Karaj (Alborz) and in Tabriz on Sunday, Iran's unions said.");
        assertThat(d.places()).filteredOn(p -> p.kind() == PlaceKind.CITY).extracting(PlaceMention::surface).contains("Karaj", "Tabriz");
    }
}
