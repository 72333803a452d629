package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round r186: acts said, without a date, to have become routine or commonplace sum up a record;
 * none of them is told. Invented reports; 2025-09-12 is a Friday.
 */
class RoutineActsTest {
    private static final String PUBLISHED = "2025-09-12";

    @Test
    void arrestsThatHaveBecomeRoutineAreNoArrest() {
        List<Event> events = events("Raids in Corvan\n\n"
                + "Police in Corvan detained four students on Tuesday.\n\n"
                + "Lawyers say detentions of this kind have become routine in the province.\n", PUBLISHED);
        assertThat(datesOf(events, "arrest")).containsExactly("2025-09-09");
    }

    @Test
    void raidsCalledCommonplaceAreNoAttack() {
        List<Event> events = events("Raids in Corvan\n\n"
                + "Police in Corvan detained four students on Tuesday.\n\n"
                + "Residents said arrests at night are commonplace in the district.\n", PUBLISHED);
        assertThat(datesOf(events, "arrest")).containsExactly("2025-09-09");
    }

    @Test
    void aDatedActBesideTheWordStillCounts() {
        List<Event> events = events("Raids in Corvan\n\n"
                + "Police detained six more students in Melsk on Wednesday, in raids that have become routine.\n", PUBLISHED);
        assertThat(datesOf(events, "arrest")).containsExactly("2025-09-10");
    }
}
