package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A weekday glossed by a date in brackets ("on Thursday (Feb 8)") is one date whose weekday picks
 * its year in a report that states none for it; an undated report may be a few years past the
 * latest year it states. All sentences are invented.
 */
class BracketedWeekdayDateTest {

    @Test
    void theBracketedDateTakesTheWeekdaysYear() {
        // 8 February 2024 was a Thursday; 2022, the only year stated, had it on a Tuesday
        String text = "The ruling party was ousted in April 2022. The regulator on Thursday (Feb 8) cut mobile services nationwide.";
        assertThat(DateTesting.mention(text, null, "Thursday (Feb 8)").value()).isEqualTo("2024-02-08");
    }

    @Test
    void anUnclosedBracketIsNoGloss() {
        String text = "The ruling party was ousted in April 2022. The regulator on Thursday (Feb 8 and 9 cut services.";
        assertThat(DateTesting.mention(text, null, "Feb 8").value()).startsWith("2022");
    }

    @Test
    void aWeekdayWithADateAfterACommaStillWorks() {
        String text = "The ruling party was ousted in April 2022. The regulator on Thursday, Feb 8, cut mobile services.";
        assertThat(DateTesting.mention(text, null, "Thursday, Feb 8").value()).isEqualTo("2024-02-08");
    }
}
