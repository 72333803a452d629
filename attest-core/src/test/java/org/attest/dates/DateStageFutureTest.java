package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** Dates after the publication day: announced ones date events, a term of something said does not. */
class DateStageFutureTest {

    @Test
    void aTermAfterThePublicationDayThatNothingAnnouncesDatesNoEvent() {
        String text = "Protests erupted after the government said it would suspend the talks until 2028.";
        assertThat(DateTesting.mention(text, "2024-12-05", "2028").rule()).endsWith(DateStage.UNANNOUNCED_FUTURE);
        Document d = DateTesting.STAGE.apply(DateTesting.doc(text, "2024-12-05"));
        assertThat(DateResolver.of(d).usable()).isEmpty();
    }

    @Test
    void anAnnouncedDateAfterThePublicationDayStaysUsable() {
        for (String text : new String[] {"The election will be held in 2028.", "Unions plan a strike next Tuesday.",
                "Candidates campaigned ahead of the vote in March 2025."}) {
            Document d = DateTesting.STAGE.apply(DateTesting.doc(text, "2024-12-05"));
            assertThat(DateResolver.of(d).usable()).as(text).hasSize(1);
            assertThat(DateResolver.of(d).resolve(new Span(0, text.length()))).as(text).isNotNull();
        }
    }

    @Test
    void aFutureCueDoesNotMoveADayOfTheLastTwoWeeksAYearAhead() {
        String text = "Backing the governor, the woman many see as the next premier, farmers marched in Salta on May 6.";
        assertThat(DateTesting.mention(text, "2023-05-08", "May 6").value()).isEqualTo("2023-05-06");
        // a day months before the publication is still announced for the coming year
        String ahead = "Backing the governor, farmers will march in Salta on February 6.";
        assertThat(DateTesting.mention(ahead, "2023-05-08", "February 6").value()).isEqualTo("2024-02-06");
    }

    @Test
    void aYearlessDateAfterThePublicationDayThatNothingAnnouncesIsLastYears() {
        // written in March: "since April" is last April; written in May, "the July 4 rallies" were last July's
        assertThat(DateTesting.mention("At least 150 people have been killed in the unrest since April.", "2021-03-10", "April").value())
                .isEqualTo("2020-04");
        assertThat(DateTesting.mention("A photo of the July 4 rallies in the port.", "2021-05-20", "July 4").value())
                .isEqualTo("2020-07-04");
        // a term may lie ahead, and an announced month is the coming one
        assertThat(DateTesting.mention("The ban on marches remains in force until June.", "2021-05-20", "June").value())
                .isEqualTo("2021-06");
        assertThat(DateTesting.mention("Sit-ins will resume in July, organisers say.", "2021-05-20", "July").value())
                .isEqualTo("2021-07");
    }

    @Test
    void aFutureCueInAClosedQuotationDoesNotMoveTheWeekdayOfTheSaying() {
        // written on a Monday: the saying on Saturday is the one just past, whatever the quote promises
        String curly = "\u201CThe strikers will be heard,\u201D the governor said in a radio interview on Saturday.";
        assertThat(DateTesting.mention(curly, "2024-11-04", "Saturday").value()).isEqualTo("2024-11-02");
        String straight = "\"They will not win,\" the minister said on Saturday, urging calm.";
        assertThat(DateTesting.mention(straight, "2024-11-04", "Saturday").value()).isEqualTo("2024-11-02");
        // a cue outside the quotation, or a quotation still open at the day, still looks ahead
        String outside = "\"Enough,\" the union said, adding that workers will strike on Saturday.";
        assertThat(DateTesting.mention(outside, "2024-11-04", "Saturday").value()).isEqualTo("2024-11-09");
        String open = "\"We will march again on Saturday,\" the organiser said.";
        assertThat(DateTesting.mention(open, "2024-11-04", "Saturday").value()).isEqualTo("2024-11-09");
    }
}
