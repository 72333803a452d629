package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch q167: a strike or march "called" (convened) for a day or month after the day of writing
 * ("called a general strike for Tuesday and a march in the capital on Feb. 17") is announced for
 * that day, as one "called for" is; a weekday after "called a" keeps its past reading ("the union
 * called a strike on Monday" may tell when it was called). A strike called is a call to stay away from
 * work (`boycott_call`), the march a protest. Invented reports; 2024-02-10 is a Saturday.
 */
class CalledForADayTest {
    private static final String PUBLISHED = "2024-02-10";

    @Test
    void aMarchCalledForADayAheadIsDatedThatDay() {
        String text = "Unions in Corvan\n\n"
                + "The coalition called a general strike for Tuesday and a march in Corvan on Feb. 17.";
        assertThat(datesOf(events(text, PUBLISHED), "boycott_call")).containsExactly("2024-02-13");
        assertThat(datesOf(events(text, PUBLISHED), "protest")).containsExactly("2024-02-17");
    }

    @Test
    void theFollowingDayCountsFromTheDayCalledFor() {
        String text = "Unions in Corvan\n\n"
                + "The bloc called a national strike for Feb. 19 and a march to the palace in Corvan the following day.";
        assertThat(datesOf(events(text, PUBLISHED), "boycott_call")).containsExactly("2024-02-19");
        assertThat(datesOf(events(text, PUBLISHED), "protest")).containsExactly("2024-02-20");
    }

    @Test
    void aWeekdayAfterCalledAStaysPast() {
        String text = "Unions in Corvan\n\n"
                + "The dockers' union called a strike on Monday over unpaid wages.";
        assertThat(datesOf(events(text, "2024-02-14"), "boycott_call")).containsExactly("2024-02-12");
    }

    @Test
    void aCallThatHadBeenMadeLooksBack() {
        String text = "Unions in Corvan\n\n"
                + "The union had called a strike on Feb. 12 before talks resumed.";
        assertThat(datesOf(events(text, "2024-02-14"), "boycott_call")).containsExactly("2024-02-12");
    }
}
