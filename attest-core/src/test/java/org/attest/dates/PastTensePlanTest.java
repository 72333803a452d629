package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Parliament was due to debate on Tuesday a motion ...": a plan told in the past tense makes a
 * bare weekday the coming one, as "is due to" does; a month or year after it keeps its own reading.
 */
class PastTensePlanTest {
    // 2025-03-10 is a Monday

    @Test
    void aWeekdayAfterWasDueToIsTheComingOne() {
        String text = "The assembly was due to debate on Tuesday a motion to scrap the bread tax.";
        assertThat(DateTesting.mention(text, "2025-03-10", "Tuesday").value()).isEqualTo("2025-03-11");
    }

    @Test
    void aWeekdayWithoutThePlanIsThePastOne() {
        String text = "The assembly debated on Tuesday a motion to scrap the bread tax.";
        assertThat(DateTesting.mention(text, "2025-03-10", "Tuesday").value()).isEqualTo("2025-03-04");
    }
}
