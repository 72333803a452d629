package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A call to halt or stop executions, or for a moratorium on them, tells no execution (triggers.tsv,
 * events76). Invented sentences.
 */
class CallsToHaltTest {

    @Test
    void aCallToHaltExecutionsIsAStatementOnly() {
        String s = "The Dorvik Bar Association calls on the regional assembly to take urgent steps to halt the rising number of executions in Pellan.";
        Document d = doc().published("2026-06-02").paragraph(s).build();
        assertThat(sentencesOf(d, "execution")).doesNotContain(s);
    }

    @Test
    void aMoratoriumAsksForNoExecution() {
        String s = "Two rights groups urged the government to declare a moratorium on executions.";
        Document d = doc().published("2026-06-02").paragraph(s).build();
        assertThat(sentencesOf(d, "execution")).doesNotContain(s);
    }

    @Test
    void executionsToldStayExecutions() {
        String s = "At least 40 executions were recorded in Pellan prison in May, the group said.";
        Document d = doc().published("2026-06-02").paragraph(s).build();
        assertThat(sentencesOf(d, "execution")).containsExactly(s);
    }
}
