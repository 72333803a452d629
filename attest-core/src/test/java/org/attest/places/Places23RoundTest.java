package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.attest.model.Document;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * The places23 round: persons' names by their shape (a hyphenated given name, a nickname in
 * quotes, an age set off by commas), a country named like a neighbour's province, and towns no
 * gazetteer holds that the sentence calls towns. Invented sentences; "Velmarsk" and "Ostrelle"
 * are in no gazetteer.
 */
class Places23RoundTest {
    @Test
    void aSurnameBeforeAHyphenatedGivenNameIsAPerson() {
        Document d = GeoparserFixture.parse("Police in Hong Kong held the activists Lam Ka-ming and Wu Chi-keung, "
                + "a former teacher, on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Lam", "Wu Chi");
    }

    @Test
    void theSurnameAloneLaterIsThatPersonAgain() {
        Document d = GeoparserFixture.parse("Police in Hong Kong briefed the press. The branch's Senior Superintendent "
                + "Kong Ka-cheung spoke first.\n\nKong said officers had been hurt.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Kong");
    }

    @Test
    void aTownEnglishJoinsByAHyphenStaysATown() {
        Document d = GeoparserFixture.parse("A Lima-based group marched in Lima on Monday.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Lima");
    }

    @Test
    void aNicknameInQuotesBetweenNamesIsNoPlace() {
        Document d = GeoparserFixture.parse("Drivers in Manila asked for talks with Senator Manuel \"Bongbong\" Reyes.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Bongbong");
    }

    @Test
    void aNameWithAnAgeSetOffByCommasIsAPerson() {
        Document d = GeoparserFixture.parse("Marchers filled Lima on Sunday. In a video, Mendoza, 71, appears calm.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Mendoza");
    }

    @Test
    void aCountryTheTextIsAboutIsNoNeighboursProvinceOfTheSameName() {
        Document d = GeoparserFixture.parse("Crowds gathered in Niamey and in Zinder. Traders in Maradi, the second "
                + "city of Niger, closed their shops near the border with Nigeria.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Niger"))
                .extracting(PlaceMention::kind, PlaceMention::country).containsExactly(tuple(PlaceKind.COUNTRY, "NE"));
    }

    @Test
    void aTownAnAppositionCallsATownIsReported() {
        Document d = GeoparserFixture.parse("Workers struck in Velmarsk, the country's largest port town, on Monday. "
                + "Shots rang out in Ostrelle, Lima's old business district, at dawn.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Velmarsk", "Ostrelle");
    }

    @Test
    void bothNamesAfterAPluralCueAreTowns() {
        Document d = GeoparserFixture.parse("In Peru, workers marched in the northern towns of Velmarsk and Ostrelle.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Velmarsk", "Ostrelle");
    }

    @Test
    void aNameInAnAppositionOfAPersonIsNoTown() {
        Document d = GeoparserFixture.parse("Lawyers in Lima met Velmarsk, the mayor of the city, on Monday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Velmarsk");
    }

    @Test
    void aProvinceQualifiedByItsCountryIsNoTownThatOnlyAnAlternateNameSpells() {
        Document d = GeoparserFixture.parse("Farmers blocked roads in Santander, Colombia, on Friday.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Santander"))
                .extracting(PlaceMention::kind).containsExactly(PlaceKind.PROVINCE);
    }

    @Test
    void aSquareOpeningAListOfPlacesIsNoPlace() {
        Document d = GeoparserFixture.parse("Crowds filled Plaza de Bolivar, Cali and Pasto, Colombia, on Friday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Bolivar");
    }

    @Test
    void aCountryClosingAPartysNameBeforeItsAcronymIsNoPlace() {
        Document d = GeoparserFixture.parse("Members of the Awami Jamhoori Nepal (AJN) marched in Lahore on Friday.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Nepal");
        Document us = GeoparserFixture.parse("Envoys of the United States (US) met in Lahore on Friday.");
        assertThat(us.places()).extracting(PlaceMention::surface).contains("United States");
    }

    @Test
    void aCompassWordAndANameInAListOfPlacesIsAPlace() {
        Document d = GeoparserFixture.parse("Marches filled Tuen Mun, Tai Po, North Velmark and Sham Shui Po on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("North Velmark");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("North");
    }

    @Test
    void namesBeforeTheirPlacesInAListArePartsOfThem() {
        Document d = GeoparserFixture.parse("Students clashed with police in several cities, including Velmarsk in Lima, "
                + "Ostrelle in Cusco and Tacna.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Velmarsk", "Ostrelle");
    }

    @Test
    void aNameBeforeACommaAndTheTownClosingThePhraseIsAPartOfThatTown() {
        Document d = GeoparserFixture.parse("Police fired tear gas in Ostrelle, Arequipa late on Sunday.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Ostrelle");
        Document list = GeoparserFixture.parse("Police fired tear gas in Ostrelle, Arequipa and Cusco on Sunday.");
        assertThat(list.unresolved()).extracting(Unresolved::reason)
                .noneMatch(r -> r.contains("a part of the town after it"));
    }

    @Test
    void aPersonOrAnOwnerAmongPlacesIsNoUnknownTown() {
        Document d = GeoparserFixture.parse("Rallies were held in Lima, Cusco, Paul Velmarsk and Arequipa on Friday. "
                + "Most were in the towns of Ostrelle's home province.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).doesNotContain("Paul Velmarsk", "Ostrelle");
    }
}
