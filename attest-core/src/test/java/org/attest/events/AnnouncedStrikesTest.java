package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round r186: a strike dated after the day of writing has not happened; the report tells its call,
 * a {@code boycott_call} of that day, told once per sentence. Invented reports; 2024-05-08 is a Wednesday.
 */
class AnnouncedStrikesTest {
    private static final String PUBLISHED = "2024-05-08";

    @Test
    void aStrikePlannedForALaterDayIsItsCall() {
        List<Event> events = events("Unions in Corvan\n\n"
                + "A general strike against the new tax is planned for May 20, organisers in Corvan said.", PUBLISHED);
        assertThat(datesOf(events, "other")).isEmpty();
        // stmt210: the call is of the day it was made, here at the latest the day of writing
        assertThat(datesOf(events, "boycott_call")).containsExactly(PUBLISHED);
    }

    @Test
    void aHartalCalledForALaterDayIsOneCall() {
        List<Event> events = events("Unions in Corvan\n\n"
                + "The opposition called a day-long hartal, or general strike, in Corvan for Friday.", PUBLISHED);
        assertThat(datesOf(events, "other")).isEmpty();
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-10");
    }

    @Test
    void shopsToCloseOnTheDayCalledForAreTheCallItself() {
        List<Event> events = events("Unions in Corvan\n\n"
                + "Traders' groups have called for a strike in Corvan on May 14, urging merchants to stay home and "
                + "close their shops all day.", PUBLISHED);
        assertThat(datesOf(events, "other")).isEmpty();
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-14");
    }

    @Test
    void aStrikeBesideACallToBoycottAVoteIsACallOfItsOwn() {
        List<Event> events = events("Vote in Corvan\n\n"
                + "Opposition parties have called on voters to boycott the poll, and a general strike against the vote "
                + "is planned for May 20 in Corvan.", PUBLISHED);
        assertThat(datesOf(events, "other")).isEmpty();
        assertThat(datesOf(events, "boycott_call")).hasSize(2).contains("2024-05-20");
    }

    @Test
    void aStrikeThatTookPlaceStaysAStrike() {
        List<Event> events = events("Unions in Corvan\n\n"
                + "Dock workers in Corvan went on strike on Monday over unpaid wages.", PUBLISHED);
        assertThat(datesOf(events, "other")).containsExactly("2024-05-06");
        assertThat(datesOf(events, "boycott_call")).isEmpty();
    }

    @Test
    void dayComparisonIsAtTheDatesPrecision() {
        java.time.LocalDate p = java.time.LocalDate.parse(PUBLISHED);
        assertThat(AnnouncedStrikes.after("2024-05-09", p)).isTrue();
        assertThat(AnnouncedStrikes.after("2024-05-08", p)).isFalse();
        assertThat(AnnouncedStrikes.after("2024-05", p)).isFalse();
        assertThat(AnnouncedStrikes.after("2024-06", p)).isTrue();
        assertThat(AnnouncedStrikes.after("2024", p)).isFalse();
    }
}
