package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** A share written as a fraction is the whole percent it stands for. Invented sentences. */
class QuantityFractionSharesTest {
    @Test
    void aHalfIsFiftyPercentKeepingItsQualifier() {
        List<Quantity> qs = run("The dinar has shed more than half of its worth since the spring.");
        assertThat(qs).extracting(Quantity::value).containsExactly(50.0);
        assertThat(qs).extracting(Quantity::unit).containsExactly("percent");
        assertThat(qs).extracting(q -> q.qualifier().name()).containsExactly("MORE_THAN");
    }

    @Test
    void aThirdAndTwoThirdsRoundToWholePercent() {
        assertThat(run("Fishing gives roughly a third of the valley's wages, and two-thirds of the boats are idle."))
                .extracting(Quantity::value).containsExactly(33.0, 67.0);
    }

    @Test
    void aFractionScalingANumberStaysACount() {
        assertThat(run("Half a million tenants signed the petition."))
                .extracting(Quantity::value).containsExactly(500000.0);
    }

    @Test
    void aBareCountAfterAShareCountsTheSharesWhole() {
        List<Quantity> qs = run("Nearly a third of all arrests, 212 in all, were made in the port city.");
        assertThat(qs).extracting(Quantity::value).containsExactly(33.0, 212.0);
        assertThat(qs).extracting(Quantity::unit).containsExactly("percent", "arrests");
    }
}
