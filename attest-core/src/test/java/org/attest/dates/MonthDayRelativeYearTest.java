package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.junit.jupiter.api.Test;

/**
 * Branch events62 (invented sentences): a month-first day followed by a year relative to the
 * report ("March 23 last year") takes that year, as the day-first form ("23 March last year")
 * already did; before, the day lost to the bare "last year".
 */
class MonthDayRelativeYearTest {

    @Test
    void monthDayLastYearIsADayOfTheYearBefore() {
        String text = "Since the curfew law took effect on March 23 last year, dozens have been fined.";
        DateMention m = DateTesting.mention(text, "2025-03-19", "March 23 last year");
        assertThat(m.value()).isEqualTo("2024-03-23");
    }

    @Test
    void monthDayThisYearStaysInTheReportsYear() {
        String text = "The ban was lifted on January 9 this year after a court ruling.";
        assertThat(DateTesting.mention(text, "2025-03-19", "January 9 this year").value()).isEqualTo("2025-01-09");
    }

    @Test
    void aBareMonthDayIsUnchanged() {
        String text = "The ban was lifted on January 9 after a court ruling.";
        assertThat(DateTesting.mention(text, "2025-03-19", "January 9").value()).isEqualTo("2025-01-09");
    }
}
