package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** A share written with a sign takes the word "percent" as its unit. Invented sentences. */
class QuantitySharesAsPercentTest {
    @Test
    void aSignReadsAsTheWordPercent() {
        assertThat(run("Turnout fell to 41% in the port town, and to 38 per cent inland."))
                .extracting(Quantity::unit).containsExactly("percent", "percent");
    }
}
