package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): in "The ministry said in a statement that ..." the "the" is
 * the speaker's, not a determiner of a statement told before: a body's statement after another
 * body's is news of its own.
 */
class SubjectsOfStatementFramesTest {
    @Test
    void aSecondBodysStatementIsNotTheFirstToldAgain() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("The shipowners' association announced that forty ferries had stayed in port.")
                .paragraph("The ministry said in a statement that the harbour levy would be reviewed.")
                .build();
        assertThat(sentencesOf(d, "statement")).containsExactly(
                "The shipowners' association announced that forty ferries had stayed in port.",
                "The ministry said in a statement that the harbour levy would be reviewed.");
    }
}
