package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch events86: an act "during ... unrest that began on DATE" is dated by the stretch's first
 * day, not by the report's day. Invented reports; 2025-10-15 is a Wednesday.
 */
class StartedStretchesTest {
    @Test
    void aKillingDuringUnrestThatBeganOnADayTakesThatDay() {
        String text = "Unrest in Valtra\n\n"
                + "About 40 people were killed during less than two weeks of unrest that began in Valtra on 27 September, "
                + "two officials said.";
        assertThat(datesOf(events(text, "2025-10-15"), "killing")).containsExactly("2025-09-27");
    }

    @Test
    void theStretchNounTakesItsStartToo() {
        String text = "Unrest in Valtra\n\n"
                + "Police arrested 300 people in protests that started on Saturday.";
        var events = events(text, "2025-10-15");
        assertThat(datesOf(events, "arrest")).containsExactly("2025-10-11");
    }

    @Test
    void anActWithADayOfItsOwnIsNotInTheStretch() {
        String text = "Unrest in Valtra\n\n"
                + "Police arrested 300 people on Monday, a week after protests that started on Saturday.";
        assertThat(datesOf(events(text, "2025-10-15"), "arrest")).containsExactly("2025-10-13");
    }

    @Test
    void aClauseOfAnotherVerbIsNoStart() {
        String text = "Unrest in Valtra\n\n"
                + "Police arrested 300 people on Monday during protests that were banned on Saturday.";
        assertThat(datesOf(events(text, "2025-10-15"), "arrest")).containsExactly("2025-10-13");
    }
}
