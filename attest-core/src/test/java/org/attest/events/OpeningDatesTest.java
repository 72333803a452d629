package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch date220: a date opening a coordinated clause (", and in March 2020, ...") dates that clause,
 * not an event told before it (OpeningDates). Invented reports.
 */
class OpeningDatesTest {

    @Test
    void aDateAfterCommaAndDatesTheLaterClauseOnly() {
        List<Event> events = events("Teachers in Corvan\n\n"
                + "In 2018, police in Corvan detained 30 teachers after protests over unpaid salaries, and in May 2019, "
                + "a court in the capital jailed four of them.", "2024-05-08");
        assertThat(datesOf(events, "protest")).containsExactly("2018");
    }

    @Test
    void aDateClosingTheFirstClauseStillDatesIt() {
        List<Event> events = events("Teachers in Corvan\n\n"
                + "Teachers protested in Corvan in May 2019, and police detained four of them.", "2024-05-08");
        assertThat(datesOf(events, "protest")).containsExactly("2019-05");
    }
}
