package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Branch dates41 (invented sentences): after a month, a number that is no round hundred is its year even before a counted noun. */
class MonthYearBeforeNounTest {

    @Test
    void monthYearBeforeCountNounIsTheYear() {
        String text = "For context: in October 2017 teachers walked out over pay, and the dispute ended with a deal.";
        assertThat(DateTesting.mention(text, "2025-04-14", "October 2017").value()).isEqualTo("2017-10");
    }

    @Test
    void roundHundredAfterAMonthStaysACount() {
        String text = "In May 2000 people marched through the old town.";
        assertThat(DateTesting.dates(text, "2025-04-14")).noneMatch(m -> m.text().contains("2000"));
    }
}
