package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** An hour after "at" and before a part of the day is no count. All sentences are invented. */
class ClockHoursTest {

    @Test
    void anHourOfTheClockIsNoCount() {
        assertThat(QuantityStageTest.run("Agents knocked at five in the morning and searched the flat.")).isEmpty();
        assertThat(QuantityStageTest.run("The march ended at 11 at night near the bridge.")).isEmpty();
    }

    @Test
    void aCountBeforeAPartOfTheDayWithoutAtStays() {
        assertThat(QuantityStageTest.run("Troops detained at least four in the morning raid on the camp."))
                .extracting(Quantity::value).containsExactly(4.0);
        assertThat(QuantityStageTest.run("Guards shot two in the evening near the gate."))
                .extracting(Quantity::value).containsExactly(2.0);
    }
}
