package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * r2c (invented sentences): a retrial asked for and nominations a tribunal restored are legal
 * steps, {@code other}; one only planned or awaited is none.
 */
class RetrialsAndRestoredPapersTest {

    @Test
    void aRetrialAskedForIsALegalStep() {
        assertThat(types("The dockers' lawyer asked for a retrial on Monday.")).containsExactly("other");
    }

    @Test
    void papersATribunalRestoredAreItsRuling() {
        assertThat(types("By 4 May, the appeal tribunals had restored the papers of about 300 candidates.")).contains("other");
    }

    @Test
    void aStepPlannedOrAwaitedIsNone() {
        assertThat(types("The lawyer said he would ask for a retrial.")).doesNotContain("other");
        assertThat(types("Candidates are awaiting a tribunal decision on whether their papers are restored.")).doesNotContain("other");
    }
}
