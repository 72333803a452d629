package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** A bare number after "one of the" singles out a member, no count. All sentences are invented. */
class GroupMembersTest {

    @Test
    void aBareNumberAfterOneOfTheIsNoCount() {
        assertThat(QuantityStageTest.run("The sister of one of the six, a nurse from the port, spoke to reporters."))
                .isEmpty();
        assertThat(QuantityStageTest.run("A cousin of one of the seven said the trial lasted an hour.")).isEmpty();
    }

    @Test
    void aNounAfterTheNumberMakesItACount() {
        assertThat(QuantityStageTest.run("A lawyer for one of the six miners said the trial lasted an hour."))
                .extracting(Quantity::text).containsExactly("six miners");
    }
}
