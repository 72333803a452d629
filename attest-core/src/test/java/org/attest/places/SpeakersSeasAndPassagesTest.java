package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.attest.model.Unresolved;
import org.junit.jupiter.api.Test;

/**
 * A loose spelling that speaks is a person; a hall and a monitor close an organisation's or a
 * building's name; a name that "sea" closes is the sea's; the second town passed "through" and
 * the name after "the X district of" are places the gazetteer may lack. Sentences and names
 * invented.
 */
class SpeakersSeasAndPassagesTest {
    @Test
    void aLooseSpellingOfATownBeforeASpeechVerbIsAPerson() {
        Document d = GeoparserFixture.parse("Thousands marched in Paris and Lyon against the reform, unions in France said. "
                + "Le Pen said the vote was a warning to the government.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Le Pen").contains("Paris", "Lyon");
    }

    @Test
    void aNameBeforeHallIsTheBuildingsNotTheTown() {
        Document d = GeoparserFixture.parse("Students barricaded themselves inside Dayton Hall at a college near Chicago, Illinois.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Dayton").contains("Chicago");
    }

    @Test
    void aCountryInsideAMonitorsNameIsNoMentionOfIt() {
        Document d = GeoparserFixture.parse("Kenya Rights Monitor reported dozens of arrests in Nairobi overnight.");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Kenya").contains("Nairobi");
    }

    @Test
    void aNameThatSeaClosesIsTheSeaUnlessACueMarksTheProvince() {
        Document sea = GeoparserFixture.parse("Tourists left the Red Sea resort of Hurghada in Egypt as prices rose.");
        assertThat(sea.places()).extracting(PlaceMention::surface).doesNotContain("Red Sea").contains("Hurghada", "Egypt");
        Document province = GeoparserFixture.parse("Dockers struck in Port Sudan, the main town of Red Sea State in Sudan.");
        assertThat(province.places()).extracting(PlaceMention::surface).contains("Red Sea");
    }

    @Test
    void theSecondTownPassedThroughIsAPlaceTheGazetteerMayLack() {
        Document d = GeoparserFixture.parse("The convoy left Lahore at dawn and drove through Gujranwala and Velkaruzi towards "
                + "Islamabad, Pakistan.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Velkaruzi");
        Document person = GeoparserFixture.parse("The marchers walked through Lahore and Maria waved at them, Pakistan's media said.");
        assertThat(person.unresolved()).extracting(Unresolved::surface).doesNotContain("Maria");
    }

    @Test
    void theNameAfterADistrictPhraseAndOfIsAPlace() {
        Document d = GeoparserFixture.parse("Two people died in a fire in the Valparaiso district of Quelmar on Tuesday, "
                + "officials in Chile said.");
        assertThat(d.unresolved()).extracting(Unresolved::surface).contains("Quelmar");
        assertThat(d.places()).extracting(PlaceMention::surface).doesNotContain("Quelmar");
    }
}
