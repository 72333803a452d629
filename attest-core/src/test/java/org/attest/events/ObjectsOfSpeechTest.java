package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): a statement whose verb takes a told event as its object with
 * a referring word ("condemned the killing on state radio on Tuesday") is dated by that date; the
 * object is the killing told before, no second one.
 */
class ObjectsOfSpeechTest {
    @Test
    void aCondemnedKillingIsTheOneToldBefore() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("Gunmen shot dead a ferry captain in the harbour district on Sunday.")
                .paragraph("The governor condemned the killing on state radio on Tuesday and sent police to the district.")
                .date("Sunday", "2025-03-09", DatePrecision.DAY)
                .date("Tuesday", "2025-03-11", DatePrecision.DAY)
                .build();
        assertThat(sentencesOf(d, "killing")).containsExactly("Gunmen shot dead a ferry captain in the harbour district on Sunday.");
        assertThat(events(d).stream().filter(e -> e.type().equals("statement")).map(e -> e.date()))
                .containsExactly("2025-03-11");
    }
}
