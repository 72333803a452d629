package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch events64: an event word that only modifies the head noun after it ("the strike
 * committee") names a body, no happening, so a date right after the phrase is the day of the
 * sentence's event (invented sentences).
 */
class ModifierDatesTest {
    @Test
    void aStrikeCommitteeOwnsNoDate() {
        Document d = TestDocs.doc().published("2025-03-10")
                .paragraph("About 900 miners stopped work on Saturday over unpaid wages.",
                        "Police detained two members of the strike committee early on Sunday.")
                .date("Saturday", "2025-03-08", DatePrecision.DAY)
                .date("Sunday", "2025-03-09", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .containsExactly("2025-03-09");
    }

    @Test
    void aHappeningNamedBeforeItsDateStillOwnsIt() {
        Document d = TestDocs.doc().published("2025-03-10")
                .paragraph("Police on Sunday detained two men who had organised the strike in January.")
                .date("Sunday", "2025-03-09", DatePrecision.DAY)
                .date("January", "2025-01", DatePrecision.MONTH).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .containsExactly("2025-03-09");
    }
}
