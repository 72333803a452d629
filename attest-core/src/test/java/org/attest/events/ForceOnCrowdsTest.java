package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Force used on a crowd (rubber bullets, batons, a march broken up violently) is an attack; tear
 * gas or water cannon is one when fired at people it names (force40, reversing round evfp20), and
 * (attack50) whenever a force fires, uses or responds with it; the crowd, when named, is a protest
 * of its own. All sentences are invented
 * for these tests.
 */
class ForceOnCrowdsTest {

    @Test
    void rubberBulletsFiredAtACrowdAreAnAttack() {
        assertThat(TestDocs.types("Officers fired rubber bullets at the crowd outside the mill on Saturday."))
                .contains("attack");
    }

    @Test
    void buckshotOrPelletsFiredBesideTearGasAreAnAttack() {
        // types35: shot fired at people is force as birdshot is, even beside the tear gas
        assertThat(TestDocs.types("Gendarmes fired tear gas and buckshot at farmers in Orvella on Monday."))
                .contains("attack");
        assertThat(TestDocs.types("Police fired tear gas shells and pellets at villagers near the dam on Friday."))
                .contains("attack");
        assertThat(TestDocs.types("The mill burned wood pellets and coal until it closed on Friday."))
                .doesNotContain("attack");
    }

    @Test
    void tearGasFiredAtProtestersIsAnAttackBesideTheProtest() {
        // r180 (CrowdControlForce): part of the protest, no attack, unless harm is told (force40 had read one)
        assertThat(TestDocs.types("Riot police fired tear gas at hundreds of protesters in Varna on Friday."))
                .contains("protest").doesNotContain("attack");
        assertThat(TestDocs.types("Riot police fired tear gas at hundreds of protesters in Varna on Friday, wounding four."))
                .contains("protest", "attack");
    }

    @Test
    void tearGasThePoliceRespondWithIsAnAttackEvenWithNoCrowdNamed() {
        // r180 (CrowdControlForce): crowd control alone is no attack
        assertThat(TestDocs.types("Police responded with tear gas in the port district on Friday.")).doesNotContain("attack");
    }

    @Test
    void batonsAndBeatingsBySecurityForcesAreAttacks() {
        assertThat(TestDocs.types("Security forces beat students with batons outside the ministry on Monday."))
                .contains("attack");
        assertThat(TestDocs.types("Police used batons to break up the sit-in on Monday.")).contains("attack");
    }

    @Test
    void tearGasThePoliceUseOnACrowdOrToBreakItUpIsAnAttack() {
        // r180 (CrowdControlForce): gas used on a crowd or to break it up is its protest's policing (attack50 read force)
        assertThat(TestDocs.types("Police had resorted to using tear gas on the marchers in Varna on Thursday."))
                .doesNotContain("attack");
        assertThat(TestDocs.types("Police had resorted to using tear gas to break up the march in Varna on Thursday."))
                .contains("protest").doesNotContain("attack");
    }

    @Test
    void aDeathReportedInUnrestIsAKilling() {
        var d = TestDocs.doc().paragraph("Protests over fuel prices spread to the port on Friday.",
                "Another death was reported in the port town on Friday.").build();
        assertThat(TestDocs.sentencesOf(d, "killing")).hasSize(1);
        assertThat(TestDocs.types("Another death from the virus was reported in the port town on Friday."))
                .doesNotContain("killing");
    }

    @Test
    void aMarchBrokenUpViolentlyIsAnAttack() {
        assertThat(TestDocs.types("The march was violently dispersed by police on Wednesday.")).contains("attack");
    }

    @Test
    void aDeathMakesItTheKillingAndSportIsNoBeating() {
        assertThat(TestDocs.types("Police fired rubber bullets and two marchers were killed on Sunday."))
                .contains("killing").doesNotContain("attack");
        assertThat(TestDocs.types("The police team beat their rivals in the final on Sunday.")).doesNotContain("attack");
    }
}
