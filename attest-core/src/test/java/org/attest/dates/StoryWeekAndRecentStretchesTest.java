package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.junit.jupiter.api.Test;

/**
 * The calendar of reports without a publication date that still tell their week or their year
 * (a day written with its weekday, an anniversary of a dated event), and vague stretches up to
 * the day of writing ("in the past week", "in the past year").
 */
class StoryWeekAndRecentStretchesTest {

    @Test
    void aDayWrittenWithItsWeekdaySetsTheWeekOfTheReportsBareWeekdays() {
        // 11 March 2019 was a Monday: the Tuesday after it, the Sunday before it
        String text = "Dockers in Velmora walked out on Monday, March 11, 2019, over unpaid wages.\n\n"
                + "The walkout spread on Tuesday to the northern port. Prices had jumped on Sunday.";
        DateMention tuesday = DateTesting.mention(text, null, "Tuesday");
        assertThat(tuesday.value()).isEqualTo("2019-03-12");
        assertThat(tuesday.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(DateTesting.mention(text, null, "Sunday").value()).isEqualTo("2019-03-10");
    }

    @Test
    void aLatestDayWrittenWithoutItsWeekdaySetsNoWeek() {
        String text = "Dockers in Velmora walked out on March 11, 2019, over unpaid wages.\n\n"
                + "The walkout spread on Tuesday to the northern port.";
        assertThat(DateTesting.mention(text, null, "Tuesday").value()).isNull();
    }

    @Test
    void aPublishedReportStillCountsItsWeekdaysFromItsPublication() {
        String text = "Dockers in Velmora walked out on Monday, March 11, 2019.\n\nThe walkout spread on Tuesday.";
        // published on Thursday 21 March: the Tuesday just past
        assertThat(DateTesting.mention(text, "2019-03-21", "Tuesday").value()).isEqualTo("2019-03-19");
    }

    @Test
    void anUndatedReportOnTheAnniversaryOfADatedEventIsOfTheAnniversarysYear() {
        String text = "Farmers mark the first anniversary of the 2017 flood in Dorvana\n\n"
                + "In the days leading up to October 16, farmers blocked roads near the dam. "
                + "Activists said 40 villages had joined them in the month of August.";
        assertThat(DateTesting.mention(text, null, "October 16").value()).isEqualTo("2018-10-16");
        assertThat(DateTesting.mention(text, null, "August").value()).isEqualTo("2018-08");
    }

    @Test
    void anAnniversaryWhoseSentenceStatesNoYearLeavesTheStoryYear() {
        // the anniversary's own day carries the report's year: the latest year is the report's
        String text = "Farmers marked the anniversary of the flood on October 16, 2018, in Dorvana.\n\n"
                + "Activists said 40 villages had joined them in August.";
        assertThat(DateTesting.mention(text, null, "August").value()).isEqualTo("2018-08");
    }

    @Test
    void thePastWeekIsTheWeekOfItsMiddle() {
        // published on Tuesday 2 July 2024: the seven days since 25 June, mostly in the week of 24 June
        DateMention week = DateTesting.mention("At least 15 people were detained in the past week.", "2024-07-02", "in the past week");
        assertThat(week.value()).isEqualTo("2024-06-24");
        assertThat(week.precision()).isEqualTo(DatePrecision.WEEK);
    }

    @Test
    void thePastYearIsTheYearOfItsMiddle() {
        String text = "Teachers have held more than 20 strikes in the past year.";
        DateMention january = DateTesting.mention(text, "2022-01-13", "in the past year");
        assertThat(january.value()).isEqualTo("2021");
        assertThat(january.precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(DateTesting.mention(text, "2022-11-20", "in the past year").value()).isEqualTo("2022");
        assertThat(DateTesting.mention(text, null, "in the past year").value()).isNull();
    }
}
