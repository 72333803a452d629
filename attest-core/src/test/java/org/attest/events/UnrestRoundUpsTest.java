package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round r182: wire round-ups of unrest after votes and price rises, the errors any reader would
 * call errors (invented sentences throughout).
 */
class UnrestRoundUpsTest {

    @Test
    void theYearClosingAStretchIsItsStartsToo() {
        List<Event> events = DatedReports.events(
                "The union said at least nine miners were injured during the sit-ins, which lasted from March 3 to 9, 2021.\n",
                "2023-05-10");
        assertThat(DatedReports.datesOf(events, "protest")).containsExactly("2021-03-03");
        List<Event> pair = DatedReports.events(
                "Dockers in Velmar held marches on October 12 and 13, 2020, against the port's sale.\n", "2023-05-10");
        assertThat(DatedReports.datesOf(pair, "protest")).allMatch(d -> d.startsWith("2020-10"));
    }
}
