package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A day opening the sentence dates its speech verb, round r4b (7 December 2026, invented
 * sentences): "On Wednesday, the council said ..." was read as a statement closing a clause after
 * its comma, whose day stands after the verb, so the opening day was barred from it and the
 * statement took the report's day.
 */
class OpeningDaySpeechDatesTest {

    @Test
    void anOpeningDayDatesTheStatement() {
        List<Event> events = DatedReports.events("""
                Harbour talks stall

                On Tuesday, the harbour council said it would send inspectors to three ports in the north.
                """, "2026-03-13");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2026-03-10");
    }

    @Test
    void theActTheStatementToldKeepsTheOpeningDayToo() {
        List<Event> events = DatedReports.events("""
                Dockers held

                On Tuesday, the port ministry said it had detained 40 dockers in Velmar.
                """, "2026-03-13");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2026-03-10");
        assertThat(DatedReports.datesOf(events, "arrest")).containsExactly("2026-03-10");
    }

    @Test
    void aClosingStatementAfterAClauseKeepsItsOwnDay() {
        List<Event> events = DatedReports.events("""
                Dockers held

                Riot police detained 40 dockers in Velmar on Tuesday, the harbour commission said on Wednesday.
                """, "2026-03-13");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2026-03-11");
        assertThat(DatedReports.datesOf(events, "arrest")).containsExactly("2026-03-10");
    }
}
