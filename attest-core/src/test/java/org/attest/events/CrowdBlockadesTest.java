package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q2 (invented sentences): a crowd "who had blocked" a bridge or a road is the blockade's own
 * subject, even when a force named before it in the sentence fired on it.
 */
class CrowdBlockadesTest {
    @Test
    void aCrowdWhoBlockedABridgeProtestsWhoeverFiredOnIt() {
        assertThat(types("Witnesses said soldiers fired on crowds who had blocked the Harbour and Mill bridges on Monday."))
                .contains("protest");
        assertThat(types("Riot police charged students who blocked the ring road outside the university on Monday."))
                .contains("protest");
    }

    @Test
    void aForceThatBlocksABridgeStagesNoProtest() {
        assertThat(types("Troops blocked the bridge into the old town on Monday.")).doesNotContain("protest");
    }
}
