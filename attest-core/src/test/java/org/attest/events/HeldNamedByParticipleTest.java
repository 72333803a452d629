package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * "those detained" names the people an arrest already told befell: no new arrest, even when the
 * sentence has a date of its own (the date is the speaker's, or the release's).
 */
class HeldNamedByParticipleTest {

    @Test
    void thoseDetainedInADatedSentenceIsNoNewArrest() {
        Document d = TestDocs.doc().published("2026-05-12")
                .paragraph("Police arrested 40 dock workers in Marrel on Saturday after a march on the port.")
                .paragraph("The regional governor told reporters on Monday that those detained were \"agitators\".")
                .build();
        assertThat(TestDocs.sentencesOf(d, "arrest")).hasSize(1).allMatch(s -> s.startsWith("Police arrested"));
    }

    @Test
    void theNumberOfThoseArrestedPutByOfficialsIsNoNewArrest() {
        Document d = TestDocs.doc().published("2026-05-12")
                .paragraph("Riot police detained dozens of students outside the university in Corvel on Tuesday.")
                .paragraph("The city council put the number of those detained at 35 on Wednesday.")
                .build();
        assertThat(TestDocs.sentencesOf(d, "arrest")).hasSize(1).allMatch(s -> s.startsWith("Riot police"));
    }
}
