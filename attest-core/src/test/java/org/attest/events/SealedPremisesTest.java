package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/** Round q2 (invented sentences): a body's headquarters or offices sealed by the authorities are a measure, `other`. */
class SealedPremisesTest {
    @Test
    void premisesSealedByTheAuthoritiesAreAMeasure() {
        assertThat(types("Police sealed the party's headquarters in the capital on Monday, witnesses said.")).contains("other");
        assertThat(types("Inspectors sealed the offices of the newspaper on Tuesday.")).contains("other");
    }

    @Test
    void premisesSealedByACrowdAreNoMeasure() {
        assertThat(types("Protesters sealed the entrance of the governor's office on Monday.")).doesNotContain("other");
    }
}
