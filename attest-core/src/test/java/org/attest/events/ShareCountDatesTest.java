package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A post's reach told by a day ({@link ShareCounts}), round r2c (invented sentences): "launched on
 * Saturday ..., used 15,000 times by Monday" dates the campaign to Saturday, the day it began; with
 * no day of its own the count's day is the best the sentence gives.
 */
class ShareCountDatesTest {

    @Test
    void aCampaignLaunchedOnADayKeepsThatDayNotTheDayItsCountStood() {
        String report = """
                Nurses go online

                Nurses in Corvan launched an online campaign on Saturday under the hashtag #PayTheWards, which had been used more than 9,000 times by Tuesday morning.
                """;
        assertThat(DatedReports.datesOf(DatedReports.events(report, "2026-03-11"), "online_campaign"))
                .containsExactly("2026-03-07");
    }

    @Test
    void aCountsDayDatesAHashtagThatTellsNoDayOfItsOwn() {
        String report = """
                Nurses go online

                On Monday, the nurses' union wrote to the minister, and a hashtag backing the nurses was shared more than 9,000 times by Tuesday evening.
                """;
        assertThat(DatedReports.datesOf(DatedReports.events(report, "2026-03-11"), "online_campaign"))
                .contains("2026-03-10");
    }
}
