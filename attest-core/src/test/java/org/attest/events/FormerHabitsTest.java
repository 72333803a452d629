package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round r186: a habit of the past told as one ("where thousands once gathered each year", "used to
 * march every Sunday") is a round of many events, none of them told, even in a dated sentence.
 * Invented reports; 2025-09-12 is a Friday.
 */
class FormerHabitsTest {
    private static final String PUBLISHED = "2025-09-12";

    @Test
    void aGatheringOnceHeldEachYearIsNoEventOfTheDay() {
        List<Event> events = events("Vigil banned\n\n"
                + "Officials in Corvan did not permit a memorial on September 1 in the main square, where thousands "
                + "once gathered each year.\n", PUBLISHED);
        assertThat(datesOf(events, "rally")).isEmpty();
        assertThat(datesOf(events, "protest")).isEmpty();
    }

    @Test
    void marchesPeopleUsedToHoldEveryWeekAreNoEvent() {
        List<Event> events = events("Strikers in Corvan\n\n"
                + "On Monday the dockers, who used to march every Sunday, met the port's managers in Corvan.\n", PUBLISHED);
        assertThat(datesOf(events, "protest")).isEmpty();
    }

    @Test
    void aGatheringOfTheDayStillCounts() {
        List<Event> events = events("Vigil in Corvan\n\n"
                + "Thousands gathered in the main square of Corvan on September 1 for a memorial march.\n", PUBLISHED);
        assertThat(datesOf(events, "protest")).isNotEmpty();
    }
}
