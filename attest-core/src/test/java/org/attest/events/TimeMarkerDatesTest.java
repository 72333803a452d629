package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/** A date told with a deadline after "before" bounds the act before it: a deadline is no event. Invented sentences. */
class TimeMarkerDatesTest {

    @Test
    void anActJustBeforeADeadlineTakesTheDeadlinesMonth() {
        String text = String.join("\n\n",
                "The mayor of Kest won the Dorvan presidential vote, the commission said on Monday.",
                "Her only rival had registered his candidacy hours before the deadline in March.");
        List<Event> events = DatedReports.events(text, "2025-05-13");
        assertThat(DatedReports.datesOf(events, "other")).containsExactly("2025-03");
    }
}
