package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Undated reports that write the year only for days of other years (wire style): a year-less day
 * months before the latest full date the report states lies in the next year.
 */
class HeldOutWireRoundTest {

    @Test
    void aYearLessDayMonthsBeforeTheStoryDateIsTheNextYears() {
        String text = "The two men were accused over a clash on October 3, 2019, in which a guard died. "
                + "Their lawyer was told on April 22 that the appeal had failed.";
        assertThat(DateTesting.mention(text, null, "April 22").value()).isEqualTo("2020-04-22");
    }

    @Test
    void aDayCloseToTheStoryDateOrAMonthAloneKeepsItsYear() {
        String close = "The clash took place on October 3, 2019. The men were arrested on September 20 in the port.";
        assertThat(DateTesting.mention(close, null, "September 20").value()).isEqualTo("2019-09-20");
        String month = "The court ruled on October 3, 2019. The men had been arrested in April.";
        assertThat(DateTesting.mention(month, null, "April").value()).isEqualTo("2019-04");
    }

    @Test
    void aReportThatLeavesDaysOfItsLatestMonthYearLessKeepsTheYearForEarlierDays() {
        // "the October 1 vote" is the story month's day written without its year: the report writes
        // years for other reasons (a quoted post's date), so "March 12" is of the same year
        String text = "Turnout in the October 1 vote was low, officials said. The count ended on October 3, 2019. "
                + "Parliament had been suspended in a referendum on March 12.";
        assertThat(DateTesting.mention(text, null, "March 12").value()).isEqualTo("2019-03-12");
        String contrast = "The count ended on October 3, 2019. Parliament had been suspended in a referendum on March 12.";
        assertThat(DateTesting.mention(contrast, null, "March 12").value()).isEqualTo("2020-03-12");
    }

    @Test
    void aPublishedReportKeepsItsOwnYear() {
        String text = "The clash took place on October 3, 2019. Their lawyer was told on April 22 of the ruling.";
        assertThat(DateTesting.mention(text, "2019-11-20", "April 22").value()).isEqualTo("2019-04-22");
    }

    @Test
    void aLatestMonthWithItsYearCountsWhenNoFullDateIsGiven() {
        String text = "Monitors counted 40 hangings in 2019 and 12 more since mid-November 2019. "
                + "Two brothers were hanged on February 6, the group said.";
        assertThat(DateTesting.mention(text, null, "February 6").value()).isEqualTo("2020-02-06");
        String early = "Monitors counted 12 hangings in mid-March 2019. Two brothers were hanged on February 6.";
        assertThat(DateTesting.mention(early, null, "February 6").value()).isEqualTo("2019-02-06");
    }
}
