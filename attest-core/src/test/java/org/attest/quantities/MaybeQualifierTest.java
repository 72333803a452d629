package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** "maybe" before a number makes the figure a guess: about. All sentences are invented. */
class MaybeQualifierTest {

    @Test
    void maybeBeforeANumberIsAbout() {
        assertThat(QuantityStageTest.run("His brother said they had visited the prison maybe 30 times since May."))
                .extracting(Quantity::text, Quantity::qualifier)
                .containsExactly(org.assertj.core.api.Assertions.tuple("maybe 30 times", Qualifier.ABOUT));
        assertThat(QuantityStageTest.run("Maybe 200 workers joined the sit-in on Tuesday."))
                .extracting(Quantity::qualifier).containsExactly(Qualifier.ABOUT);
    }
}
