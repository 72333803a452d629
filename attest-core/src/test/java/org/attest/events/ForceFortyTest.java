package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * force40: gas or water cannon fired at people named, a police post burnt, drones or an army raid
 * on a place (also beside the deaths they cause), ballot boxes smashed and the vandalism of an office
 * are attacks. All sentences are invented for these tests.
 */
class ForceFortyTest {

    @Nested
    class GasAtPeople {
        @Test
        void waterCannonTurnedOnStrikersIsAnAttackAndTheirMarchAProtest() {
            // r180 (CrowdControlForce): crowd control alone is the protest's policing; harm told makes the attack
            assertThat(TestDocs.types("Gendarmes turned water cannon on hundreds of strikers who marched to the harbour office on Friday."))
                    .contains("protest").doesNotContain("attack");
            assertThat(TestDocs.types("Gendarmes turned water cannon on hundreds of strikers who marched to the harbour office on Friday, injuring six."))
                    .contains("attack", "protest");
            assertThat(TestDocs.types("Officers fire teargas and water cannon at farmers outside the grain board in Orvella."))
                    .doesNotContain("attack");
        }

        @Test
        void gasFiredAtNoOneNamedIsForceTooButGasPeopleShelterFromIsNone() {
            // r180 (CrowdControlForce): the police firing gas at a crowd is its policing, no attack (attack50 read one)
            assertThat(TestDocs.types("Riot police fired tear gas late into the evening as the crowd of dockers grew."))
                    .doesNotContain("attack");
            assertThat(TestDocs.types("Dockers sheltering from tear gas at the quay chanted against the port board."))
                    .doesNotContain("attack");
        }
    }

    @Test
    void aPolicePostSetOnFireIsAnAttack() {
        assertThat(TestDocs.types("Rioters set three police posts on fire in the valley towns overnight on Sunday."))
                .contains("attack");
    }

    @Nested
    class ArmedAssaultsWithTheirToll {
        @Test
        void dronesThatStrikeAMarketAreAnAttackAndTheKilling() {
            // kill200: a drone's strike that kills is both events (DeadlyAttacks), as a bomb's is
            assertThat(TestDocs.types("Drones fired by the rebel militia struck a bus depot in Orvella on Friday, killing nine people."))
                    .contains("killing", "attack");
        }

        @Test
        void anArmyRaidOrIncursionThatKillsIsTheKilling() {
            // types51: an attack that kills is the killing alone (DeadlyAttacks)
            assertThat(TestDocs.types("Two farmers were killed during a military raid on the hill village of Kest on Sunday."))
                    .contains("killing").doesNotContain("attack");
            assertThat(TestDocs.types("A week-long incursion by army units killed 30 villagers in the valley last spring."))
                    .contains("killing").doesNotContain("attack");
            assertThat(TestDocs.types("Troops mounted a military raid on the hill village of Kest on Sunday."))
                    .contains("attack");
            assertThat(TestDocs.types("The ministry reported a cross-border incursion of cattle herders in May."))
                    .doesNotContain("attack");
        }
    }

    @Nested
    class DamageToPollsAndOffices {
        @Test
        void ballotBoxesSmashedAreAnAttackAndFearedAreNot() {
            assertThat(TestDocs.types("Masked men smashed two ballot boxes at a village school in Kest on Sunday."))
                    .contains("attack");
            assertThat(TestDocs.types("Observers warned that thugs could have destroyed ballot boxes in Kest."))
                    .doesNotContain("attack");
        }

        @Test
        void theVandalismOfAnOfficeIsAnAttack() {
            assertThat(TestDocs.types("The union condemned the vandalism of its branch office in Orvella on Tuesday night."))
                    .contains("attack");
            assertThat(TestDocs.types("Shopkeepers in Orvella said they feared vandalism of their stalls."))
                    .doesNotContain("attack");
        }
    }
}
