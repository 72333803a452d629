package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.junit.jupiter.api.Test;

/** Towns inside persons' and organisations' names, with sentences and names of our own. */
class NameRunsTest {

    private static List<String> surfaces(String text) {
        Document d = GeoparserFixture.parse(text);
        return d.places().stream().map(PlaceMention::surface).toList();
    }

    @Test
    void aTownBesideAnUnknownCapitalisedWordIsPartOfAName() {
        assertThat(surfaces("Police detained Tanomsak Yingchuan and Prasert Wongdee in Trang on Monday."))
                .doesNotContain("Yingchuan").contains("Trang");
        assertThat(surfaces("The march was led by the Kilusang Mayo Uno federation in Manila."))
                .doesNotContain("Mayo").contains("Manila");
    }

    @Test
    void aTownBesideAPersonsWordIsThatPersonElsewhereToo() {
        assertThat(surfaces("Her deputy, Rosario Murillo, spoke in Managua on Monday. Rosario later left for the coast."))
                .containsOnly("Managua");
    }

    @Test
    void knownWordsBesideATownKeepIt() {
        assertThat(surfaces("Thousands marched in Downtown Beirut on Sunday.")).contains("Beirut");
        assertThat(surfaces("Crowds waited at Entebbe International Airport for the opposition leader in Uganda.")).contains("Entebbe");
        assertThat(surfaces("Supporters gathered for a rally in Villepint Paris, near the capital.")).contains("Paris");
    }

    @Test
    void aTownAfterInStaysATownThoughAnInstitutionsNameReadsAsAPersons() {
        // "X de Lyon" has the shape of "Charles de Gaulle"; the plain "in Lyon" is the city all the same
        assertThat(surfaces("Pharmacies in Lyon shut for the day. The Archives Municipales de Lyon stayed open."))
                .contains("Lyon");
        assertThat(surfaces("Her deputy, Rosario Murillo, spoke in Managua on Monday. A letter to Rosario followed."))
                .containsOnly("Managua");
    }
}
