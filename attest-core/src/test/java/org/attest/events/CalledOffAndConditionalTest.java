package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Events a sentence names but that were called off, or that hang on a condition the sentence opens
 * with (round events93, invented sentences).
 */
class CalledOffAndConditionalTest {
    @Test
    void aGatheringThatWasCalledOffIsNone() {
        assertThat(types("A march planned outside the Kessel town hall was called off because of the snow."))
                .doesNotContain("protest");
        assertThat(types("The rally in Dunmore has been cancelled.")).doesNotContain("protest", "rally");
    }

    @Test
    void whatFollowsAConditionIsNoEvent() {
        assertThat(types("If no party wins a majority, a second round will be held on 9 May.")).doesNotContain("election");
        assertThat(types("Unless the wages are paid by Friday, the drivers will strike on Monday.")).doesNotContain("protest");
    }

    @Test
    void aConditionInsideASentenceLeavesTheEventBeforeIt() {
        assertThat(types("Drivers went on strike on Monday, and if the wages stay unpaid they will carry on."))
                .contains("other");
    }
}
