package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A hanging told again, round events87 (6 December 2026, invented sentences): a later sentence
 * that states no date and takes the day of the lead ("Both were hanged before dawn") adds detail
 * to the hanging the lead told, as a protest or attack told again does; a hanging at a town the
 * lead did not name stays an event of its own.
 */
class HangingToldAgainTest {

    @Test
    void anUndatedHangingAfterTheLeadsIsTheSameHanging() {
        Document d = TestDocs.doc().published("2025-04-06")
                .paragraph("The authorities hanged two men in Vardan on Sunday, state media said.")
                .paragraph("Both were hanged before dawn, the judiciary's website said.")
                .date("Sunday", "2025-04-06", DatePrecision.DAY)
                .place("Vardan", 101).build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("execution")).hasSize(1);
    }

    @Test
    void aHangingAtAnotherTownIsAnotherHanging() {
        Document d = TestDocs.doc().published("2025-04-06")
                .paragraph("The authorities hanged two men in Vardan on Sunday, state media said.")
                .paragraph("A third prisoner was hanged in Osterfeld, a rights group said.")
                .date("Sunday", "2025-04-06", DatePrecision.DAY)
                .place("Vardan", 101).place("Osterfeld", 102).build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("execution")).extracting(Event::date)
                .containsExactly("2025-04-06", "2025-04-06");
    }
}
