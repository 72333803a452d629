package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.junit.jupiter.api.Test;

/**
 * Reports without a publication date: the story's own days date its weekdays, and a year the
 * text puts ahead (a plan, a promise, a target) does not make the report's year.
 */
class UndatedReportDatesTest {

    @Test
    void weekdayCountsFromTheDayToldBeforeItInTheParagraph() {
        String text = "On June 18, 2021, voters went to the polls. Crowds gathered on Saturday in the capital.";
        DateMention saturday = DateTesting.mention(text, null, "Saturday");
        assertThat(saturday.value()).isEqualTo("2021-06-19");
        assertThat(saturday.precision()).isEqualTo(DatePrecision.DAY);
        assertThat(saturday.rule()).endsWith("+told");
    }

    @Test
    void theNearestSuchWeekdayMayLieBeforeTheToldDay() {
        // 18 June 2021 was a Friday: the Wednesday nearest it is the 16th, not the 23rd
        String text = "The vote was held on June 18, 2021. Candidates had debated on Wednesday in a packed hall.";
        assertThat(DateTesting.mention(text, null, "Wednesday").value()).isEqualTo("2021-06-16");
    }

    @Test
    void afterADatelineShapedDayTheWeekdayIsTheLastOne() {
        // 18 May 2023 was a Thursday; the line tells the day of writing, so Friday is the 12th. It
        // stands too far down to be the report's own dateline: a digest of several reports.
        String text = "Digest of the week.\n\n" + "Other news of the region followed. ".repeat(15)
                + "\n\nPortville, May 18, 2023 - About 40 people were hurt on Friday, a monitor said.";
        assertThat(DateTesting.mention(text, null, "Friday").value()).isEqualTo("2023-05-12");
    }

    @Test
    void aYearlessDayAnnouncedAfterTheStoryIsTheComingOne() {
        // undated, anchored on 14 May 2019: the September the bakers will strike in is that year's
        String text = "Bakers in Kestel began a strike on 14 May 2019.\n\n"
                + "The bakers say they will stay out and have called for a second strike on 20 September.";
        assertThat(DateTesting.mention(text, null, "20 September").value()).isEqualTo("2019-09-20");
        String told = "Bakers in Kestel began a strike on 14 May 2019.\n\n"
                + "The bakers had struck once before, on 20 September.";
        assertThat(DateTesting.mention(told, null, "20 September").value()).isEqualTo("2018-09-20");
    }

    @Test
    void aDayInAnotherParagraphDoesNotCount() {
        String text = "On June 18, 2021, voters went to the polls.\n\nCrowds gathered on Saturday in the capital.";
        assertThat(DateTesting.mention(text, null, "Saturday").value()).isNull();
    }

    @Test
    void aDayOfAnEarlierYearThanTheReportsDoesNotCount() {
        String text = "Strikes spread in 2023. The rally of June 24, 2018 is recalled, and crowds met on Sunday.";
        assertThat(DateTesting.mention(text, null, "Sunday").value()).isNull();
    }

    @Test
    void weekdaysOfAHabitTakeNoDay() {
        String text = "The strike began on March 2, 2023. Since then workers have marched every Sunday and Thursday.";
        assertThat(DateTesting.dates(text, null)).noneMatch(m -> m.text().equals("Sunday"));
        assertThat(DateTesting.mention(text, null, "Thursday").value()).isNull();
    }

    @Test
    void aPublishedReportCountsWeekdaysFromItsPublication() {
        String text = "On June 18, 2021, voters went to the polls. Crowds gathered on Saturday in the capital.";
        // published on Wednesday 23 June: the Saturday just past
        assertThat(DateTesting.mention(text, "2021-06-23", "Saturday").value()).isEqualTo("2021-06-19");
        assertThat(DateTesting.mention(text, "2021-06-30", "Saturday").value()).isEqualTo("2021-06-26");
    }

    @Test
    void aYearAheadIsNoAnchorWhenTheReportStatesAnother() {
        String text = "Workers marched in March 2023. The company promised to pay all wages by 2027. Pay fell in June.";
        assertThat(DateTesting.mention(text, null, "June").value()).isEqualTo("2023-06");
        DateMention ahead = DateTesting.mention(text, null, "2027");
        assertThat(ahead.value()).isEqualTo("2027");
        assertThat(ahead.rule()).endsWith(DateStage.AHEAD);
    }

    @Test
    void aPlannedVoteIsAheadButAPastDeadlineIsNot() {
        String plan = "Turnout fell in 2021. A new vote would be held in 2025, officials said. Rallies began in May.";
        assertThat(DateTesting.mention(plan, null, "May").value()).isEqualTo("2021-05");
        String past = "Protests began in 2009, and by 2018 the movement had changed. Rallies resumed in May.";
        assertThat(DateTesting.mention(past, null, "May").value()).isEqualTo("2018-05");
    }

    @Test
    void onlyYearsAheadStillAnchorTheReport() {
        String text = "Elections will be held in 2027. Candidates must register by March 1.";
        assertThat(DateTesting.mention(text, null, "March 1").value()).isEqualTo("2027-03-01");
    }

    @Test
    void aPublishedReportMarksNoDateAhead() {
        String text = "The company promised to pay all wages by 2027.";
        assertThat(DateTesting.mention(text, "2024-05-01", "2027").rule()).doesNotEndWith(DateStage.AHEAD);
    }
}
