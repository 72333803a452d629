package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A naming of the report's kind of election after its vote was told gives no second election,
 * unless it is another town's vote ("In nearby Dorvan, where elections were also disputed") or a
 * vote with its own coming day ("the presidential election scheduled for March next year").
 * Invented sentences, each with a contrast.
 */
class ElectionsElsewhereTest {
    private static final String TOLD = "Kelmar held its municipal election on Saturday, and turnout was put at 41 percent.";

    private static Document after(String later, String town) {
        TestDocs doc = TestDocs.doc().published("2025-06-10").paragraph(TOLD).paragraph(later)
                .date("Saturday", "2025-06-07", DatePrecision.DAY);
        if (later.contains("Sunday")) {
            doc.date("Sunday", "2025-06-08", DatePrecision.DAY);
        }
        if (later.contains("March next year")) {
            doc.date("March next year", "2026-03", DatePrecision.MONTH);
        }
        return doc.place("Kelmar", 9102).place(town, town.equals("Kelmar") ? 9102 : 9101).build();
    }

    @Test
    void anotherTownsDisputedElectionIsAnElectionOfItsOwn() {
        assertThat(TestDocs.sentencesOf(after(
                "In nearby Dorvan, where elections were also disputed, residents occupied the town hall on Sunday.", "Dorvan"),
                "election")).hasSize(2);
        assertThat(TestDocs.sentencesOf(after(
                "In Kelmar, where elections were disputed, residents occupied the town hall on Sunday.", "Kelmar"),
                "election")).hasSize(1);
        assertThat(TestDocs.sentencesOf(after(
                "In Dorvan, a court on Sunday dismissed a petition against the election of the mayor.", "Dorvan"),
                "election")).hasSize(1);
    }

    @Test
    void aVoteScheduledForItsOwnDayIsAnElectionOfItsOwn() {
        assertThat(TestDocs.sentencesOf(after(
                "The opposition in Kelmar accuses the mayor of seeking to postpone the national election scheduled for March next year.", "Kelmar"),
                "election")).hasSize(2);
        assertThat(TestDocs.sentencesOf(after(
                "The opposition in Kelmar accuses the mayor of seeking to postpone the presidential election.", "Kelmar"),
                "election")).hasSize(1);
    }
}
