package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Branch dates41 (invented sentences): a weekday that ends an "until" phrase of a present state is ahead. */
class UntilDaysTest {
    // 2025-04-14 is a Monday

    @Test
    void curfewExtendedUntilAClockTimeOnAWeekdayEndsAhead() {
        String text = "The council has extended the night curfew in three districts until 6 am on Tuesday.";
        assertThat(DateTesting.mention(text, "2025-04-14", "Tuesday").value()).isEqualTo("2025-04-15");
    }

    @Test
    void roadThatStaysClosedUntilFridayOpensAhead() {
        String text = "The coastal road stays closed until Friday, officials said.";
        assertThat(DateTesting.mention(text, "2025-04-14", "Friday").value()).isEqualTo("2025-04-18");
    }

    @Test
    void pastNarrativeKeepsTheDayGone() {
        String text = "The dockers' sit-in lasted until Friday, when the port reopened.";
        assertThat(DateTesting.mention(text, "2025-04-14", "Friday").value()).isEqualTo("2025-04-11");
    }
}
