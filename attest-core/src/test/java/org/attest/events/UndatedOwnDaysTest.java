package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * In a report with no publication date a weekday resolves to no day, yet it is the sentence's own:
 * a protest the phrase seems to point back with ("rallied together ... on Wednesday") after another
 * day's gathering is a new protest, as it is once the report is dated. Invented reports.
 */
class UndatedOwnDaysTest {
    private static final String ROUND_UP = "Pensioners protest across the valley\n\n"
            + "Former millworkers of the Halden textile mill gathered outside the town hall in Dorvel on Tuesday, demanding their unpaid pensions.\n\n"
            + "The protest went on: the pensioners rallied again on Wednesday, marching to the regional labour office.";

    private static long protests(List<Event> events) {
        return events.stream().filter(e -> e.type().equals("protest")).count();
    }

    @Test
    void anUndatedReportKeepsTheRallyOfAnotherWeekday() {
        assertThat(protests(events(ROUND_UP, null))).isEqualTo(2);
    }

    @Test
    void aDatedReportKeepsItToo() {
        assertThat(protests(events(ROUND_UP, "2024-05-10"))).isEqualTo(2);
    }
}
