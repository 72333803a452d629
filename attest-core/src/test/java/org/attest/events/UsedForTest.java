package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * What a thing was used for, or what someone used to do, round events87 (6 December 2026,
 * invented sentences): "the rifles used to kill the miners", "police used to detain them every
 * week" name a purpose or a habit, no act of the day; the act told beside it stays.
 */
class UsedForTest {

    @Test
    void aPurposeOrAHabitIsNoAct() {
        assertThat(types("The inquiry traced the rifles used to kill the miners to an army depot.")).doesNotContain("killing");
        assertThat(types("Residents said the police used to detain young men at the checkpoint.")).doesNotContain("arrest");
    }

    @Test
    void theActToldBesideItStays() {
        assertThat(types("Soldiers killed four miners on Monday with rifles that the army had used in earlier raids."))
                .contains("killing");
    }
}
