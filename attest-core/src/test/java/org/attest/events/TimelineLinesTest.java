package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round live32 (invented sentences): a saying told in the present on a line of a timeline
 * ("March 9: The ministry announces ...") is of the line's day; a present-tense saying elsewhere
 * still takes the day of writing.
 */
class TimelineLinesTest {

    @Test
    void aSayingOnATimelineLineTakesTheLinesDay() {
        List<Event> events = DatedReports.events("Timeline\n\nMarch 9: The transport ministry announces new fares "
                + "for the ferry line, and the crews end their walkout.\n", "2026-05-20");
        assertThat(datesOf(events, "statement")).containsExactly("2026-03-09");
        List<Event> dashed = DatedReports.events("Timeline\n\n9 March \u2013 The transport ministry announces new fares "
                + "for the ferry line.\n", "2026-05-20");
        assertThat(datesOf(dashed, "statement")).containsExactly("2026-03-09");
    }

    @Test
    void aPresentSayingOutsideATimelineIsOfTheDayOfWriting() {
        List<Event> events = DatedReports.events("The transport ministry says on its website that the fares set on March 9 "
                + "will stay in force.\n", "2026-05-20");
        assertThat(datesOf(events, "statement")).containsExactly("2026-05-20");
    }
}
