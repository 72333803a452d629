package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch date200: a day told right next to the verb of a call ("called on Sunday for ...",
 * "assemblies on Sunday called for ...") is the day the call was made and dates it, however far
 * the words naming what is called for stand and whatever day they name. Invented reports;
 * 2024-05-08 is a Wednesday.
 */
class CallersOwnDayTest {
    private static final String PUBLISHED = "2024-05-08";

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
