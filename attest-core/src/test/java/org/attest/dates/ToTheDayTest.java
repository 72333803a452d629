package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Three months to the day after the collapse": "to the day" after a span of time makes the span
 * exact; no "the day after" is read there. A plan moved "to the day after the vote" keeps it.
 */
class ToTheDayTest {
    // 2025-04-18 is a Friday

    @Test
    void anExactSpanIsNoDayAfter() {
        String text = "Thousands marched in Velmora on Saturday, three months to the day after a bridge collapsed there.";
        assertThat(DateTesting.dates(text, "2025-04-20")).noneMatch(m -> m.text().contains("the day after"));
    }

    @Test
    void aDayAfterWithoutASpanStays() {
        String text = "The council moved the rally to the day after the vote.";
        assertThat(DateTesting.dates(text, "2025-04-18")).anyMatch(m -> m.text().equals("the day after"));
    }
}
