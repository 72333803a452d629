package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Units a careful reader writes for counts of uses and for money: a post shared or viewed so many
 * times counts shares or views. Invented sentences.
 */
class QuantityUsesAndSignsTest {

    @Test
    void aPostSharedOrViewedCountsSharesOrViews() {
        assertThat(run("The petition was shared more than 40,000 times and the clip was watched hundreds of thousands of times."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("more than 40,000 times", "shares"), tuple("hundreds of thousands of times", "views"));
        // contrast: a repeated act against someone stays "times"
        assertThat(run("The blogger has been summoned 6 times this year.")).extracting(Quantity::unit)
                .containsExactly("times");
    }
}
