package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Dates ahead of the day of writing that the dates stage read as past (dates25): a cue before an
 * abbreviated month, a weekday something is set for, a cue far back in a long sentence, and a day
 * of the last two months behind a "will" of another clause.
 */
class AbbreviatedMonthsAndSetDaysTest {
    /** A Tuesday. */
    private static final String TUESDAY = "2023-01-31";

    @Test
    void aCueBeforeAnAbbreviatedMonthStillAnnouncesIt() {
        // the full stop of "Jan." is no sentence end: "is due to" puts the day ahead
        assertThat(DateTesting.mention("The new mayor is due to take office on Jan. 15.", "2024-11-07", "Jan. 15").value())
                .isEqualTo("2025-01-15");
        assertThat(DateTesting.mention("The new governor is due to be sworn in on 15 January.", "2024-11-07", "15 January").value())
                .isEqualTo("2025-01-15");
        // without a cue the same day is still this year's
        assertThat(DateTesting.mention("The old governor was sworn in on Jan. 15.", "2024-11-07", "Jan. 15").value())
                .isEqualTo("2024-01-15");
    }

    @Test
    void aDecimalDoesNotEndTheSentenceForACue() {
        assertThat(DateTesting.mention("Unions will march with 2.5 million members on Friday.", TUESDAY, "Friday").value())
                .isEqualTo("2023-02-03");
    }

    @Test
    void aWeekdaySomethingIsSetForIsTheComingOne() {
        assertThat(DateTesting.mention("Teachers have called a general strike for Thursday.", TUESDAY, "Thursday").value())
                .isEqualTo("2023-02-02");
        assertThat(DateTesting.mention("Teachers have called a general strike for Thursday.", TUESDAY, "Thursday").rule())
                .doesNotEndWith(DateStage.UNANNOUNCED_FUTURE);
        // a possessive after "for" is a day already told
        assertThat(DateTesting.mention("Two men were charged for Thursday's riot.", TUESDAY, "Thursday").value())
                .isEqualTo("2023-01-26");
    }

    @Test
    void aFutureCueFarBackInALongSentenceStillPutsTheWeekdayAhead() {
        String text = "Exiled groups say they will mark the date in the capital of the neighbouring kingdom "
                + "with a vigil outside the consulate in the old quarter on Wednesday.";
        assertThat(DateTesting.mention(text, TUESDAY, "Wednesday").value()).isEqualTo("2023-02-01");
    }

    @Test
    void aDayOfTheLastTwoMonthsIsNotMovedAYearAheadByACueOfAnotherClause() {
        String text = "The governor will not resign, arguing that the assembly chosen in the disputed vote on Oct. 20 has no mandate.";
        assertThat(DateTesting.mention(text, "2024-12-04", "Oct. 20").value()).isEqualTo("2024-10-20");
    }
}
