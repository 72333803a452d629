package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * "such" between a number and its noun points back to the noun; it does not end the phrase. A number
 * standing alone before "took part" counts people. Invented sentences.
 */
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

    @Test
    void aNumberThatTookPartCountsPeople() {
        assertThat(run("Organisers said about 900 took part in the sit-in outside the refinery."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(900.0, "people"));
        // contrast: a noun of its own still wins
        assertThat(run("Organisers said about 900 miners took part in the sit-in."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(900.0, "miners"));
    }
}
