package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * r2c (invented sentences): an act told again with its own day is news of its own when its subject
 * is someone named afresh ("Anton Kestrel, 31, was executed at dawn on Saturday"); a subject that points back
 * or counts keeps the retelling one event.
 */
class ActsToldAnewTest {

    private static Document afterHangings(String later) {
        return TestDocs.doc().published("2024-03-04")
                .paragraph("The authorities hanged two men on Saturday, the judiciary said.")
                .paragraph(later)
                .date("Saturday", "2024-03-02", DatePrecision.DAY)
                .date("Saturday", "2024-03-02", DatePrecision.DAY).build();
    }

    @Test
    void aNamedPersonsExecutionToldWithItsDayIsNewsOfItsOwn() {
        Document d = afterHangings("Anton Kestrel, 31, was executed at dawn on Saturday, state media reported.");
        assertThat(sentencesOf(d, "execution")).hasSize(2);
    }

    @Test
    void aSubjectPointingBackOrCountingRetellsTheExecution() {
        assertThat(sentencesOf(afterHangings("The older man was executed at dawn on Saturday, state media reported."), "execution"))
                .hasSize(1);
        assertThat(sentencesOf(afterHangings("They were executed at dawn on Saturday, state media reported."), "execution"))
                .hasSize(1);
        assertThat(sentencesOf(afterHangings("Two prisoners were executed at dawn on Saturday, state media reported."), "execution"))
                .hasSize(1);
    }

    @Test
    void onlyTheWordsBackToTheClausesStartAreTheSubject() {
        // "the" in the opening phrase names the source, not the one executed
        Document d = afterHangings("According to the judiciary, Anton Kestrel was executed at dawn on Saturday.");
        assertThat(sentencesOf(d, "execution")).hasSize(2);
    }
}
