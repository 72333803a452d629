package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round recall51 (invented sentences): "declared" after "be", "is" or "are" ("the results will be
 * declared after a review") tells what someone is yet to announce, no statement made; "declared"
 * in the active stays one.
 */
class DeclaredPassiveTest {

    private static List<String> statements(String text) {
        List<Event> events = DatedReports.events("Port workers in Dalmora stopped work on Monday.\n\n" + text + "\n", "2026-05-14");
        return datesOf(events, "statement");
    }

    @Test
    void ratesToBeDeclaredAnnounceNothing() {
        assertThat(statements("The new pay rates will be declared after a review by the port board.")).isEmpty();
    }

    @Test
    void anActiveDeclaringIsAStatement() {
        assertThat(statements("The port authority declared on Tuesday that the new pay rates were final.")).isNotEmpty();
    }
}
