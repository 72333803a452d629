package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A crowd that tried to march or reach a place protested, whether it got there or not, also beside
 * the arrests the sentence tells (branch events113). All sentences are invented for these tests.
 */
class CrowdAttemptsTest {

    @Test
    void crowdsWhoTriedToReachACityProtested() {
        assertThat(TestDocs.types("Police arrested 30 men on Friday as supporters of the jailed mayor tried to reach the city hall."))
                .contains("arrest", "protest");
        assertThat(TestDocs.types("Hundreds of farmers who were trying to reach the capital on tractors were turned back at a checkpoint."))
                .contains("protest");
    }

    @Test
    void thePoliceTryingToBlockAreNoProtest() {
        assertThat(TestDocs.types("Officers tried to reach the village after the floods cut the road.")).doesNotContain("protest");
    }
}
