package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import org.junit.jupiter.api.Test;

/**
 * Figures of a fresh held-out set of Iran reports, invented sentences: a day of a campaign written
 * in words and followed by "and" ("enters day four and spreads") numbers the day, no count.
 */
class HeldOutRoundTest {

    @Test
    void aDayNumberWrittenInWordsIsNoCount() {
        assertThat(run("The bakers' strike enters day four and spreads to nine towns."))
                .extracting(Quantity -> Quantity.value()).containsExactly(9.0);
    }

    @Test
    void aCountAfterADayStaysACount() {
        assertThat(run("On that day four teachers were held in the town."))
                .extracting(Quantity -> Quantity.value()).containsExactly(4.0);
    }
}
