package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/** A year in the possessive before a noun that is no event says which thing is meant, not when (dates25). */
class PossessiveYearOfAThingTest {
    /** A Monday. */
    private static final String MONDAY = "2023-11-06";

    @Test
    void aPossessiveYearOfAPrizeDatesNoEvent() {
        List<Event> events = events("A jailed poet who won this year's literature prize has gone on hunger strike, "
                + "her lawyer said on Monday.", MONDAY);
        // other81: the hunger strike is typed `other`
        assertThat(datesOf(events, "other")).containsExactly(MONDAY);
    }

    @Test
    void aPossessiveYearOfAPrizeDatesNoLaterSentence() {
        List<Event> events = events("A jailed poet who won this year's literature prize has gone on hunger strike, "
                + "her lawyer said on Monday. The prize committee said it was deeply concerned.", MONDAY);
        assertThat(datesOf(events, "statement")).containsOnly(MONDAY);
    }

    @Test
    void aPossessiveYearOfAnEventNounStillDatesIt() {
        List<Event> events = events("Police arrested dozens of people during last year's protests in the port.", MONDAY);
        assertThat(datesOf(events, "protest")).containsExactly("2022");
    }
}
