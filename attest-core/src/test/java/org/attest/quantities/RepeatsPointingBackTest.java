package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A count after a definite determiner or "all" is a count the text states, a record of its own,
 * even when an earlier count had the same value (r1q). All sentences are invented.
 */
class RepeatsPointingBackTest {

    @Test
    void theCountAfterTheIsKept() {
        assertThat(QuantityStageTest.run("Ferries sail to 12 of the islands. The three islands of the southern group, "
                + "Aru, Kei and Tanimbar, were cut off."))
                .extracting(Quantity::text).contains("three islands");
    }

    @Test
    void allFourAfterFourIsKept() {
        assertThat(QuantityStageTest.run("Envoys from four states met in Oslo. Observers urged all four governments to sign."))
                .extracting(Quantity::text).containsExactly("four states", "four governments");
    }
}
