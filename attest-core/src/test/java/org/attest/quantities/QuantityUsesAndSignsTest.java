package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Units a careful reader writes for counts of uses, and shares: a post shared or viewed so many
 * times counts shares or views; a bounded fraction standing alone is a share; a decimal times a
 * scale is exact. Invented sentences.
 */
class QuantityUsesAndSignsTest {

    @Test
    void aPostSharedOrViewedCountsTimes() {
        assertThat(run("The petition was shared more than 40,000 times and the clip was watched hundreds of thousands of times."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("more than 40,000 times", "times"), tuple("hundreds of thousands of times", "times"));
        // contrast: a repeated act against someone stays "times"
        assertThat(run("The blogger has been summoned 6 times this year.")).extracting(Quantity::unit)
                .containsExactly("times");
    }

    @Test
    void aTagUsedSoManyTimesCountsTimes() {
        assertThat(run("Organisers said the slogan #FairFares was used more than 80,000 times online."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("more than 80,000 times", "times"));
    }

    @Test
    void aBoundedFractionStandingAloneIsAShare() {
        assertThat(run("Of the miners held, more than half were freed on Friday; output fell by as much as a third."))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(tuple("more than half", 50.0, "percent"), tuple("as much as a third", 33.0, "percent"));
        // contrast: a fraction before an article or without a bound is no share
        assertThat(run("Nearly half an hour later the crowd left; in the second half the fans sang.")).isEmpty();
    }

    @Test
    void aDecimalTimesAScaleIsExact() {
        assertThat(run("The port authority owes $4.1 billion and 0.7 million rials.")).extracting(Quantity::value)
                .containsExactly(4_100_000_000.0, 700_000.0);
    }
}
