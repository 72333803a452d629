package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** "such" between a number and its noun points back to the noun; it does not end the phrase. Invented sentences. */
class SuchNounsTest {
    @Test
    void suchBeforeTheNounKeepsTheNoun() {
        assertThat(run("The union said it had organised more than 40 such strikes since the spring."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(40.0, "strikes"));
        // contrast: "such as" after the noun still ends it
        assertThat(run("Miners struck in 12 towns such as Kerend and Salas."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(12.0, "towns"));
    }
}
