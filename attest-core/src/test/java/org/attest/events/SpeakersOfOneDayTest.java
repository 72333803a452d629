package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Speakers of one day (events134): a second speaker's words "in a statement" after a statement
 * already told are that speaker's own, not the first statement pointed back to. Invented sentences.
 */
class SpeakersOfOneDayTest {

    private static Document report(String second) {
        return doc().published("2025-03-10")
                .paragraph("The electoral board said on Sunday that the count was over.")
                .date("Sunday", "2025-03-09", DatePrecision.DAY)
                .paragraph(second).build();
    }

    @Test
    void aSecondSpeakersStatementStaysItsOwn() {
        String s = "The outgoing governor congratulated the winner in a statement and wished him well.";
        assertThat(sentencesOf(report(s), "statement")).contains(s);
    }

    @Test
    void theStatementPointedBackGivesNoSecond() {
        // contrast: a noun phrase that points back to the told statement is still no new one
        String s = "The statement was read out at the town hall.";
        assertThat(sentencesOf(report(s), "statement")).doesNotContain(s);
    }
}
