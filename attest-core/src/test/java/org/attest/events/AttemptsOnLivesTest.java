package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2a (invented sentences): an attempt on someone's life is an attack, kept beside the
 * killings the same sentence counts (it failed to kill, so it is no means of them); one that is
 * only charged stays the charge.
 */
class AttemptsOnLivesTest {
    @Test
    void anAttemptOnALifeIsAnAttack() {
        assertThat(types("The mayor of Varna survived an attempt on his life on Monday.")).contains("attack");
    }

    @Test
    void attemptsSurvivedStandBesideTheKillings() {
        assertThat(types("At least 20 reporters were killed in Varna last year, and more than 40 survived attempts on their lives."))
                .contains("killing", "attack");
    }

    @Test
    void anAttemptChargedIsTheCharge() {
        assertThat(types("He was charged with an attempt on the life of the mayor.")).doesNotContain("attack");
    }

    @Test
    void aBombingThatKillsIsTheAttackAndTheKilling() {
        // attack190: a bomb told with its deaths is both events (DeadlyAttacks), no longer the killing alone
        assertThat(types("A bomb attack on the market in Varna killed six people on Monday."))
                .contains("killing", "attack");
    }
}
