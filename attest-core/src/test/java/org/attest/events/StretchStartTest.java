package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * dates31: a stretch written "between 11 and 14 May" is dated by its first day, not by the day
 * the month's name stands next to. Invented report.
 */
class StretchStartTest {

    @Test
    void aStretchBetweenTwoDaysOfOneMonthTakesItsFirstDay() {
        List<Event> events = DatedReports.events("Between 11 and 14 May, police detained more than 60 students "
                + "in Varnell and two nearby towns.\n", "2025-05-20");
        assertThat(datesOf(events, "arrest")).containsExactly("2025-05-11");
    }
}
