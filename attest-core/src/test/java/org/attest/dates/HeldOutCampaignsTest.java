package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of election, campaign and diaspora reports (December 2026): an
 * undated report that tells a series "since" a month was written after that month.
 */
class HeldOutCampaignsTest {

    @Test
    void yearLessMonthsBeforeTheMonthASeriesBeganInAreOfTheNextYear() {
        String text = "Since November 2022, nurses have rallied every week. Earlier rallies were held on"
                + " February 5 and December 12.";
        assertThat(DateTesting.mention(text, null, "February 5").value()).isEqualTo("2023-02-05");
        // a month not before the series' first one stays in its year
        assertThat(DateTesting.mention(text, null, "December 12").value()).isEqualTo("2022-12-12");
    }

    @Test
    void withoutSinceAMonthAndYearSaysNothingOfWhenTheReportWasWritten() {
        String text = "In November 2022, nurses rallied in the capital. Other rallies were held on February 5.";
        assertThat(DateTesting.mention(text, null, "February 5").value()).isEqualTo("2022-02-05");
    }

    @Test
    void aPublishedReportKeepsItsOwnRule() {
        String text = "Since November 2022, nurses have rallied every week. Earlier rallies were held on February 5.";
        assertThat(DateTesting.mention(text, "2022-12-20", "February 5").value()).isEqualTo("2022-02-05");
    }
}
