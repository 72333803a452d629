package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of election, campaign and diaspora reports (December 2026): an
 * undated report that tells a series "since" a month was written after that month; the year a
 * body was founded ("created in 1981") dates neither the report nor its events.
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
    void withoutSinceAMonthJustBeforeTheLatestStaysInItsYear() {
        // no series: only a day months before the latest month with its year moves on (HeldOutWireRoundTest)
        String text = "In November 2022, nurses rallied in the capital. Other rallies were held on October 5.";
        assertThat(DateTesting.mention(text, null, "October 5").value()).isEqualTo("2022-10-05");
        String since = "Since November 2022, nurses have rallied every week. Earlier rallies were held on October 5.";
        assertThat(DateTesting.mention(since, null, "October 5").value()).isEqualTo("2023-10-05");
    }

    @Test
    void aPublishedReportKeepsItsOwnRule() {
        String text = "Since November 2022, nurses have rallied every week. Earlier rallies were held on February 5.";
        assertThat(DateTesting.mention(text, "2022-12-20", "February 5").value()).isEqualTo("2022-02-05");
    }

    @Test
    void theYearABodyWasFoundedIsNoYearOfTheReport() {
        String text = "The union, a movement created in 1994 and banned since, held rallies in May.";
        assertThat(DateTesting.mention(text, null, "1994").rule()).endsWith(DateStage.FOUNDING);
        assertThat(DateTesting.mention(text, null, "May").value()).isNull();
        // a year of something that happened still anchors the year-less month
        String held = "The union held rallies in 1994 and again in May.";
        assertThat(DateTesting.mention(held, null, "May").value()).isEqualTo("1994-05");
    }

    @Test
    void theYearABodyWasFoundedDatesNoSentence() {
        org.attest.model.Document d = DateTesting.STAGE.apply(DateTesting.doc(
                "The council, a movement founded in 1994, called a strike in the port.", null));
        assertThat(DateResolver.of(d).usable()).isEmpty();
        org.attest.model.Document held = DateTesting.STAGE.apply(DateTesting.doc(
                "The council called a strike in the port in 1994.", null));
        assertThat(DateResolver.of(held).usable()).hasSize(1);
    }
}
