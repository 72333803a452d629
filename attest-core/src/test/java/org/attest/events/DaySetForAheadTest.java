package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * dates31: a year-less day a few weeks after the day of writing that an act is set "for" ("a
 * march for June 2") is the coming one, and dates the act; it is neither last year's day nor
 * dropped as a time nothing announces. Invented reports.
 */
class DaySetForAheadTest {

    @Test
    void aMarchSetForADayLaterThisSeasonIsAhead() {
        List<Event> events = DatedReports.events("Nurses' unions have announced a march on the capital for June 2.\n",
                "2025-05-12");
        assertThat(datesOf(events, "protest")).containsExactly("2025-06-02");
    }
}
