package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): a march headed "towards" a place or one someone "led" is a
 * protest as a march "to" a place is; the month or a marching order is none.
 */
class MarchesHeadedOrLedTest {
    @Test
    void aMarchTowardsAPlaceOrLedIsAProtest() {
        assertThat(types("Police stopped a small march towards the harbour gate.")).contains("protest");
        assertThat(types("The ferry captain led a march that ended at the harbour gate.")).contains("protest");
    }

    @Test
    void aBareMarchIsNone() {
        assertThat(types("The harbour levy rises in march, the port office said.")).doesNotContain("protest");
    }
}
