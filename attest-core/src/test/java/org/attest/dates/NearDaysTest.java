package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Year-less dates that "since" puts behind, or that fall in the days right after the publication. */
class NearDaysTest {

    @Test
    void sinceKeepsAPlannedDayInThePast() {
        String text = "Some 4,000 supporters have been held since a planned march by the alliance on March 14.";
        assertThat(DateTesting.mention(text, "2022-04-20", "March 14").value()).isEqualTo("2022-03-14");
        // without "since", the plan still announces the coming March (written months after the
        // last one: a day of the two months before the publication is told, not announced; dates25)
        String ahead = "The alliance planned a march through the capital on March 14.";
        assertThat(DateTesting.mention(ahead, "2022-07-20", "March 14").value()).isEqualTo("2023-03-14");
    }

    @Test
    void aDayInTheWeekAfterThePublicationIsTheComingOne() {
        String text = "Exiled writers spoke out against the referendum on October 9.";
        assertThat(DateTesting.mention(text, "2025-10-08", "October 9").value()).isEqualTo("2025-10-09");
        // months after the day of writing, a day nothing announces is still last year's
        String past = "Exiled writers recalled the referendum on December 9.";
        assertThat(DateTesting.mention(past, "2025-10-08", "December 9").value()).isEqualTo("2024-12-09");
    }
}
