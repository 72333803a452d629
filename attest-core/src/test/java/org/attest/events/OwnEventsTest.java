package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A side's "own" event beside one the report told before (branch events131): "its own counter-rally",
 * "their own march" name a new event, not the told one again. All sentences are invented for these tests.
 */
class OwnEventsTest {

    @Test
    void anOwnCounterRallyAnnouncedAfterAToldMarchIsARally() {
        var d = TestDocs.doc()
                .paragraph("Thousands of opposition supporters marched through Lakeville on Saturday against the new media law.")
                .paragraph("The governing bloc has announced its own counter-rally in Lakeville on Tuesday.")
                .build();
        assertThat(TestDocs.sentencesOf(d, "rally")).containsExactly("The governing bloc has announced its own counter-rally in Lakeville on Tuesday.");
        assertThat(TestDocs.sentencesOf(d, "statement")).isEmpty();
    }

    @Test
    void anOwnCounterProtestAnnouncedAfterAToldMarchIsAProtest() {
        var d = TestDocs.doc()
                .paragraph("Thousands of opposition supporters marched through Lakeville on Saturday against the new media law.")
                .paragraph("The governing bloc has announced its own counter-protest.")
                .build();
        assertThat(TestDocs.sentencesOf(d, "protest")).contains("The governing bloc has announced its own counter-protest.");
        assertThat(TestDocs.sentencesOf(d, "statement")).isEmpty();
    }

    @Test
    void theToldMarchNamedAgainStaysTold() {
        var d = TestDocs.doc()
                .paragraph("Thousands of opposition supporters marched through Lakeville on Saturday against the new media law.")
                .paragraph("Organisers said their march had been the largest in a decade.")
                .build();
        assertThat(TestDocs.sentencesOf(d, "protest")).hasSize(1);
    }
}
