package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round evfp20 (4 December 2026, night; invented sentences): tear gas or water cannon alone was
 * the policing of a crowd, not an attack (reversed by force40 for gas fired at people named and by
 * attack50 for gas a force fires, uses or responds with); an attack
 * named as a crime or a suspicion, and batons the police only carry, are no attack. A crowd fired on
 * is a protest beside the killing; protests awaited or to be protected are none.
 */
class TearGasAndChargesTest {

    @Test
    void tearGasOrWaterCannonThePoliceUseIsAnAttackWithOrWithoutATargetNamed() {
        // force40: fired at people named, it is an attack on them beside the protest (ForceOnCrowdsTest);
        // attack50 reverses this round's reading for gas used to disperse or with no one named
        // r180 (CrowdControlForce) turns both back: crowd control alone is the protest's policing
        assertThat(types("Riot police fired tear gas at hundreds of protesters in Varna on Friday."))
                .contains("protest").doesNotContain("attack");
        assertThat(types("Police used tear gas and water cannon to disperse the marchers on Friday."))
                .contains("protest").doesNotContain("attack");
        assertThat(types("Police responded with tear gas in the port district on Friday.")).doesNotContain("attack");
    }

    @Test
    void bulletsBesideTheTearGasAreStillAnAttack() {
        assertThat(types("Riot police fired tear gas and rubber bullets at the marchers in Varna on Friday."))
                .contains("attack");
        assertThat(types("Troops fired live rounds and tear gas at the crowd on Friday.")).contains("attack");
    }

    @Test
    void anAttackNamedAsACrimeOrASuspicionIsNoAttack() {
        assertThat(types("Two men were arrested on suspicion of assaulting a guard on Friday.")).doesNotContain("attack");
        assertThat(types("The judge jailed both for the crimes of vandalism, threats and attack on Friday."))
                .doesNotContain("attack");
        assertThat(types("Gunmen attacked a police post on Friday.")).contains("attack");
    }

    @Test
    void batonsThePoliceOnlyCarryAreNoBeating() {
        assertThat(types("Officers equipped with helmets and batons stood guard at the square on Friday."))
                .doesNotContain("attack");
        assertThat(types("Police used batons to break up the sit-in on Friday.")).contains("attack");
    }

    @Test
    void aCrowdFiredOnIsTheKillingsSceneWhenTheDeadAreCounted() {
        // round protest28 reverses evfn's reading: the ev71 and ev73 gold count the killing alone (CrowdFiredOnTest)
        assertThat(types("Troops in Dorvana opened fire on anti-war protesters, killing at least nine, the radio said."))
                .contains("killing").doesNotContain("protest");
        // victims counted by the participant noun stay the killing's alone
        assertThat(types("At least nine protesters were killed in Dorvana, the radio said.")).doesNotContain("protest");
    }

    @Test
    void protestsAwaitedOrToBeProtectedAreNoEvent() {
        assertThat(types("Shops in the centre were boarded up in anticipation of further protests.")).doesNotContain("protest");
        assertThat(types("The governor said the police will protect peaceful protests.")).doesNotContain("protest");
        assertThat(types("The minister spoke of a steep cost for anyone joining protests against the new tax."))
                .doesNotContain("protest");
    }
}
