package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A heading, a live entry's title or a table's note only points to the speech the body reports: it
 * gives no statement of its own, while the body sentence that tells the speech still does. All
 * lines are invented for these tests.
 */
class HeadingSpeechTest {

    private static Document headed(String heading, String body) {
        return TestDocs.doc().heading(heading).paragraph(body).build();
    }

    @Test
    void aHeadingThatSaysSomeoneSpokeGivesNoStatement() {
        Document d = headed("Minister says harbour talks will go on next month",
                "The harbour board met in Dunmore for three hours on Tuesday.");
        assertThat(TestDocs.sentencesOf(d, "statement")).isEmpty();
    }

    @Test
    void aTableNoteCreditingAFigureGivesNoStatement() {
        Document d = headed("At least 12 dead, village council says",
                "The road to the valley was closed for two days.");
        assertThat(TestDocs.sentencesOf(d, "statement")).isEmpty();
    }

    @Test
    void theBodySentenceThatTellsTheSpeechStillDoes() {
        Document d = headed("What the ministry says",
                "The transport minister said on Monday that the harbour talks would go on next month.");
        assertThat(TestDocs.sentencesOf(d, "statement")).hasSize(1);
    }

    @Test
    void aHeadingStillGivesItsActionEvent() {
        Document d = headed("Police detain dock workers in Dunmore",
                "The harbour board met in Dunmore for three hours on Tuesday.");
        assertThat(TestDocs.sentencesOf(d, "arrest")).hasSize(1);
    }
}
