package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * The places120 round: a small town of the country a report is about, against a large namesake
 * abroad that has the name only as one of its alternates; a tally in brackets whose first count
 * names what it counts. Invented sentences.
 */
class Places120RoundTest {
    @Test
    void aTownAtHomeIsNotOutweighedByAnAlternateNameAbroad() {
        Document d = GeoparserFixture.parse("Security forces in Syria detained students in Damascus on Sunday. "
                + "On Tuesday soldiers searched homes in the town of Nawa, a Syrian monitor said.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Nawa")).extracting(PlaceMention::country)
                .containsOnly("SY");
    }

    @Test
    void aCapitalAbroadByItsOwnNameStillOutweighsASmallTownAtHome() {
        Document d = GeoparserFixture.parse("Farmers in Texas blocked a highway near Austin on Monday. Their union "
                + "said it would take the complaint to a meeting in Paris next month.");
        assertThat(d.places()).filteredOn(p -> p.surface().equals("Paris")).extracting(PlaceMention::country)
                .containsOnly("FR");
    }

    @Test
    void aTallyWhoseFirstCountNamesWhatItCountsListsTowns() {
        Document d = GeoparserFixture.parse("Most detentions were in the north of Iran. Tabriz (12 detentions), "
                + "Ardabil (7) and Zanjan (4) led, the group said.");
        assertThat(d.places()).extracting(PlaceMention::surface).contains("Tabriz", "Ardabil", "Zanjan");
    }
}
