package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch date190: a call for a strike is dated by the day it was made, not by the day it calls for.
 * The day called for dates the call only when the text gives no other (AnnouncedStrikes' convention).
 * A day of the call's own ("called on Monday for a strike on Saturday") still dates it. Invented reports; 2024-05-08 is a Wednesday.
 */
class CallsDatedByTheCallTest {
    private static final String PUBLISHED = "2024-05-08";

    @Test
    void aCallForAStrikeOnALaterDayTakesTheDayTheTextGivesTheCall() {
        List<Event> events = events("Dockers held in Corvan\n\n"
                + "Police detained four union leaders in Corvan on Tuesday night.\n\n"
                + "The dockers' union called for a general strike across the port on Saturday in protest at the arrests.",
                PUBLISHED);
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-07");
    }

    @Test
    void aCallToldInThePresentPerfectKeepsTheDayCalledFor() {
        List<Event> events = events("Dockers held in Corvan\n\n"
                + "Police detained four union leaders in Corvan on Tuesday night.\n\n"
                + "The dockers' union has called for a general strike across the port on Saturday.",
                PUBLISHED);
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-11");
    }

    @Test
    void aCallWithNoOtherDayIsOfTheDayCalledFor() {
        List<Event> events = events("Dockers in Corvan\n\n"
                + "The dockers' union has called for a general strike across the port on Saturday.", PUBLISHED);
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-11");
    }

    @Test
    void aDayOfTheCallItselfStillDatesIt() {
        List<Event> events = events("Dockers held in Corvan\n\n"
                + "Police detained four union leaders in Corvan on Tuesday night.\n\n"
                + "On Monday the dockers' union called for a general strike across the port on Saturday.",
                PUBLISHED);
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-06");
    }
}
