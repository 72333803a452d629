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
 * A day of the call's own ("called on Monday for a strike on Saturday", "on Tuesday urged ... to join") still dates it,
 * however far the words of what is called for stand. Invented reports; 2024-05-08 is a Wednesday.
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

    // date200, date201: a day right beside the calling verb is the call's own, however far what it
    // calls for stands and whatever day that names (CallDates.callersDay)
    @Test
    void aDayRightAfterTheCallingVerbDatesACallWhoseTriggerStandsFarAfter() {
        List<Event> events = events("Farmers in Corvan\n\n"
                + "Grain prices fell sharply across the plains this spring.\n\n"
                + "An alliance of growers' unions and village councils called on Monday for a \"closed roads\" day on Friday over the vote,"
                + " asking families to stay at home.", PUBLISHED);
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-06");
    }

    @Test
    void aDayRightBeforeTheCallingVerbDatesTheCall() {
        List<Event> events = events("Dockers in Corvan\n\n"
                + "Police detained four union leaders in Corvan on Saturday night.\n\n"
                + "Port workers' committees on Tuesday called for a general strike and a boycott of the shipping firms.",
                PUBLISHED);
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-07");
    }

    @Test
    void aDayRightBeforeAnUrgingVerbDatesTheCall() {
        // date201: "urged" as "called": the day beside the verb is the appeal's own
        List<Event> events = events("Dockers in Corvan\n\n"
                + "Police detained four union leaders in Corvan on Saturday night.\n\n"
                + "Crane operators' branches in the north on Monday urged colleagues to join a general strike next month.",
                PUBLISHED);
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-06");
    }
}
