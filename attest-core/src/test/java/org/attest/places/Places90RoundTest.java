package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The places90 round: a dotted abbreviation after a capitalised word ("Former U.S."), a surname
 * that names a province abroad after a role and an unknown given name ("the activist Golnar
 * Ahmadi"), a prison "of" a town before "and" and the next prison, a site named with its number
 * ("Ashraf 3"), members of a list that "from" or "in" opens, the second of two unknown names after
 * "in" ("in Velmarabad and Tarvelan"), a capitalised preposition after a dateline ("Iran, May
 * 4 - In Zahedan, the prosecutor") and a town's central prison, which is no part of the town.
 * Invented sentences.
 */
class Places90RoundTest {
    @Test
    void aDottedAbbreviationIsNoPartOfALooseSpelling() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Former U.S. envoy Dana Whitlock spoke to exiles gathered "
                + "in Lyon and Marseille on Sunday.");
        assertThat(d.places()).extracting(PlaceMention::name).doesNotContain("Formerie");
        assertThat(d.places()).filteredOn(p -> p.kind() == PlaceKind.COUNTRY).extracting(PlaceMention::country)
                .contains("US");
    }

    @Test
    void aProvinceAbroadAfterARoleAndAnUnknownGivenNameIsASurname() {
        Document d = GeoparserFixture.parse("Iran, May 4 - In Zahedan, the activist Golnar Ahmadi was summoned by "
                + "the prosecutor on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Ahmadi").contains("Zahedan");
    }

    @Test
    void aCapitalisedPrepositionAfterADatelineOpensNoPersonsName() {
        Document d = GeoparserFixture.parse("Iran, May 4 - In Zahedan, the prosecutor summoned students on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Zahedan");
    }

    @Test
    void aPrisonOfATownBeforeAndTheNextPrisonStandsInTheTown() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Inmates of the Central Prison of Kerman and Dastgerdabad "
                + "in Yazd refused food.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Kerman", "Yazd");
    }

    @Test
    void aNameWithItsNumberWrittenTwiceIsASiteNotTheTown() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Albanian police searched Ashraf 3, seizing laptops. "
                + "Residents of Ashraf 3 said the search lasted hours.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Ashraf");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Ashraf 3");
    }

    @Test
    void aTownBeforeACountItRepeatsStaysTheTown() {
        Document d = GeoparserFixture.parse("Iran, May 4 - In Tehran 5 people were detained on Monday, and in "
                + "Tehran 5 more on Tuesday.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Tehran");
        Document once = GeoparserFixture.parse("Iran, May 4 - Police searched Ashraf 3 at dawn, residents said.");
        assertThat(once.unresolved()).extracting(Unresolved::surface).doesNotContain("Ashraf 3");
    }

    @Test
    void membersOfAListAfterFromShareItsOneKnownTown() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Farmers from Velmarabad, Tarvelan and Najafabad blocked "
                + "the road.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Najafabad");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Velmarabad", "Tarvelan");
    }

    @Test
    void aLoneGivenNameInAListAfterInIsNoUnknownTown() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Guards in Tehran, Reza and Velmarabad questioned students.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Reza");
    }

    @Test
    void fromWithoutADwellerNounOpensSendersNotPlaces() {
        Document d = GeoparserFixture.parse("Iran, May 4 - The court received letters from Velmarabad, Tarvelan and "
                + "Najafabad.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Tarvelan");
    }

    @Test
    void aSecondUnknownNameAfterInAndAReportedTownIsReported() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Farmers rallied in Velmarabad and Tarvelan.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Velmarabad", "Tarvelan");
    }

    @Test
    void aNameAfterInACountryAndAndIsLeftAlone() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Protests in Iran and Velmaria continued.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Velmaria");
    }

    @Test
    void aCentralPrisonOfATownIsNoPartOfTheTown() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Four inmates were moved to Kerman Central Prison.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Kerman");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Kerman Central");
    }

    @Test
    void aListWithOneKnownTownAndNoCueReportsNothing() {
        Document d = GeoparserFixture.parse("Iran, May 4 - Velmarabad, Tarvelan and Najafabad farmers blocked the road.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Tarvelan");
    }
}
