package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Students or reporters beaten are attacked even when no agent is named: the victims
 * or the weapon tell the assault. A vote lost is no beating. All sentences are invented.
 */
class BeatenVictimsTest {

    @Test
    void studentsBeatenBeforeBeingTakenAwayWereAttacked() {
        assertThat(TestDocs.types("The Lima-based group said the students were beaten before being driven away in vans."))
                .contains("attack");
    }

    @Test
    void aReporterBeatenWithABatWasAttacked() {
        assertThat(TestDocs.types("A reporter was beaten with a baseball bat outside the port authority building in Callao on Monday."))
                .contains("attack");
    }

    @Test
    void aCandidateBeatenInTheRunoffWasNotAttacked() {
        assertThat(TestDocs.types("The student leader was beaten in the runoff by the incumbent mayor of Callao."))
                .doesNotContain("attack");
    }
}
