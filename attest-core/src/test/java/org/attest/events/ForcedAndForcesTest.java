package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): "forced ... resignation" needs the verb "forced" itself;
 * "security forces" shares its stem, and a resignation only demanded is none.
 */
class ForcedAndForcesTest {
    @Test
    void forcesBeforeADemandedResignationForceNoOne() {
        assertThat(types("Dockers clashed with security forces during protests demanding the resignation of the harbour master."))
                .doesNotContain("other");
    }

    @Test
    void aResignationForcedIsOther() {
        assertThat(types("The strike forced the resignation of the harbour master on Monday.")).contains("other");
    }
}
