package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2b (invented sentences): a gathering whose subject runs on with its plan ("planned for
 * Friday outside the court") and is then called off was never held; one held is still an event.
 */
class CalledOffPlansTest {
    @Test
    void aGatheringPlannedThenCalledOffIsNoEvent() {
        assertThat(types("A gathering of solidarity planned for Sunday outside the Marlow city hall was called off after threats."))
                .doesNotContain("protest", "rally");
        assertThat(types("A march scheduled for next Tuesday along the river road in Korvath has been cancelled."))
                .doesNotContain("protest");
    }

    @Test
    void aGatheringHeldStays() {
        assertThat(types("Hundreds of nurses gathered outside the Marlow city hall on Sunday to demand back pay."))
                .contains("protest");
    }
}
