package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round r1a: a year-less dateline of an undated report that states only historic years takes the
 * first year, from the latest one it tells, in which its day falls on the weekday the lead names.
 * Invented texts; 9 May 2023 was a Tuesday (9 May 2019 a Thursday).
 */
class WeekdayDatelineTest {

    @Test
    void theLeadsWeekdayGivesTheDatelinesYear() {
        String text = "Port Avel, May 9 (Agency) - The port authority said on Tuesday that dock workers had ended"
                + " their strike after two weeks.\n\n"
                + "The last strike, in 2019, lasted a month.";
        assertThat(DateTesting.mention(text, null, "May 9").value()).isEqualTo("2023-05-09");
        assertThat(DateTesting.mention(text, null, "Tuesday").value()).isEqualTo("2023-05-09");
    }

    @Test
    void aWeekdayAfterTheLeadSentenceSaysNothing() {
        String text = "Port Avel, May 9 (Agency) - The port authority said dock workers had ended their strike.\n\n"
                + "Talks resumed on Tuesday. The last strike, in 2019, lasted a month.";
        assertThat(DateTesting.mention(text, null, "May 9").value()).isNotEqualTo("2023-05-09");
    }

    @Test
    void aStatedYearWhoseDayFitsTheWeekdayIsKept() {
        // 9 May 2019 was a Thursday: the report is of the year it tells
        String text = "Port Avel, May 9 (Agency) - The port authority said on Thursday that dock workers had ended"
                + " their strike.\n\nThe strike began in 2019 over pay.";
        assertThat(DateTesting.mention(text, null, "Thursday").value()).isEqualTo("2019-05-09");
    }

    @Test
    void theLeadsWeekdayMayBeTheNightBeforeTheDateline() {
        // 10 May 2022 was a Tuesday: a story filed then tells of Monday night; without the day
        // before, the first year whose 10 May is a Monday would be 2027, a year still to come
        String text = "Port Avel, May 10 (Agency) - Police broke up a march of dock workers on Monday night,"
                + " witnesses said.\n\nThe last strike, in 2022, lasted a month.";
        assertThat(DateTesting.mention(text, null, "May 10").value()).isEqualTo("2022-05-10");
        assertThat(DateTesting.mention(text, null, "Monday").value()).isEqualTo("2022-05-09");
    }
}
