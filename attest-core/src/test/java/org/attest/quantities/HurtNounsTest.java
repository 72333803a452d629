package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** A word for the hurt or the dead right after a number is its unit. All sentences are invented. */
class HurtNounsTest {

    @Test
    void theWordForTheHurtIsTheUnit() {
        assertThat(QuantityStageTest.run("Guards shot at the convoy, leaving two drivers killed and seven wounded."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("two drivers", "drivers"), tuple("seven wounded", "wounded"));
        assertThat(QuantityStageTest.run("The clinic treated up to 40 injured, a nurse said."))
                .extracting(Quantity::unit).containsExactly("injured");
    }

    @Test
    void anAdverbMayStandBetween() {
        assertThat(QuantityStageTest.run("The blast left 30 badly injured near the market."))
                .extracting(Quantity::text, Quantity::unit).containsExactly(tuple("30 badly injured", "injured"));
    }

    @Test
    void aVerbAfterAnAuxiliaryStillCountsPeople() {
        assertThat(QuantityStageTest.run("Police said 12 were injured in the clashes."))
                .extracting(Quantity::unit).containsExactly("people");
    }
}
