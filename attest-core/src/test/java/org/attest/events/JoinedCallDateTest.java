package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round stmt32 (invented sentences): in "X said the board would publish the results on Friday and
 * urged ...", the statement is the call ({@link SpeechCoordination}), and Friday stands in the
 * clause "said" reports: it dates the publication, not the call, which is never after the report.
 */
class JoinedCallDateTest {

    @Test
    void aDateInsideTheReportedClauseDoesNotDateTheJoinedCall() {
        List<Event> events = DatedReports.events("Voters queued from dawn in Corvan on Tuesday.\n\n"
                + "Board chairman Peter Oko said the board would publish the results on Friday and urged "
                + "parties to stay calm.\n", "2026-04-14");
        assertThat(datesOf(events, "statement")).containsExactly("2026-04-14");
    }

    @Test
    void theSayingsOwnDayStillDatesTheCall() {
        List<Event> events = DatedReports.events("Voters queued from dawn in Corvan on Tuesday.\n\n"
                + "Board chairman Peter Oko said on Monday that the board would publish the results soon and urged "
                + "parties to stay calm.\n", "2026-04-14");
        assertThat(datesOf(events, "statement")).containsExactly("2026-04-13");
    }
}
