package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q171 (7 December 2026, invented sentences): powers given to a force name what it may do,
 * no act done.
 */
class PowersKindsAndTalliesTest {

    @Test
    void powersToArrestAreNoArrest() {
        assertThat(types("The decree gives the police sweeping powers to arrest people without a warrant."))
                .doesNotContain("arrest");
        assertThat(types("The law handed governors the power to detain anyone for thirty days."))
                .doesNotContain("arrest");
        // the powers used still tell the arrests
        assertThat(types("Using the new powers, police arrested 40 people in the port on Monday."))
                .contains("arrest");
    }
}
