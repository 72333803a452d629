package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A people's adjective or a name before the counted noun tells which things are counted, so the
 * unit keeps it. All sentences are invented.
 */
class KeptAdjectivesTest {

    @Test
    void aPeoplesAdjectiveStaysInTheUnit() {
        assertThat(QuantityStageTest.run("Guards shot dead two Armenian shepherds near the border post."))
                .extracting(Quantity::unit).containsExactly("Armenian shepherds");
        assertThat(QuantityStageTest.run("Delegates from 11 African countries signed the appeal."))
                .extracting(Quantity::unit).containsExactly("African countries");
    }

    @Test
    void aNameOfSeveralWordsStaysInTheUnit() {
        assertThat(QuantityStageTest.run("The ruling bloc lost 12 Provincial Council seats in the recount."))
                .extracting(Quantity::unit).containsExactly("Provincial Council seats");
    }

    @Test
    void aPeoplesAdjectiveAfterAnotherAdjectiveStaysToo() {
        assertThat(QuantityStageTest.run("A court in the capital jailed three young Circassian men on Monday."))
                .extracting(Quantity::unit).containsExactly("young Circassian men");
    }
}
