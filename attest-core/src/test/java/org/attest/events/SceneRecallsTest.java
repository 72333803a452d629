package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch events86: an act set "during that strike" took place in the strike the report told before,
 * and takes its date when its own sentence gives none. Invented reports; 2025-10-15 is a Wednesday.
 */
class SceneRecallsTest {
    private static final String LEAD = "Dockers strike in Valtra\n\n"
            + "Dockers in Valtra walked out on Monday over unpaid wages.\n\n"
            + "In March 2019, a strike by dockers closed every port in the country for a week.\n\n";

    @Test
    void anArrestDuringThatStrikeTakesTheStrikesMonth() {
        String text = LEAD + "At least 80 dockers were detained during that strike, the union said.";
        assertThat(datesOf(events(text, "2025-10-15"), "arrest")).containsExactly("2019-03");
    }

    @Test
    void theSameProtestsPointBackToo() {
        String text = LEAD + "Dozens of dockers were arrested during the same strike, according to the union.";
        assertThat(datesOf(events(text, "2025-10-15"), "arrest")).containsExactly("2019-03");
    }

    @Test
    void aDateOfItsOwnStillWins() {
        String text = LEAD + "Police detained 80 dockers on Tuesday during that strike.";
        assertThat(datesOf(events(text, "2025-10-15"), "arrest")).containsExactly("2025-10-14");
    }

    @Test
    void aStrikeNamedWithoutPointingBackIsNoRecall() {
        String text = LEAD + "At least 80 dockers were detained during a strike, the union said.";
        assertThat(datesOf(events(text, "2025-10-15"), "arrest")).doesNotContain("2019-03");
    }
}
