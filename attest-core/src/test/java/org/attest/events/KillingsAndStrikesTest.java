package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * kill200: a killing named only as what someone is suspected of, denies a part in, or protests against is
 * no killing the sentence tells; a drone or air strike, or gunmen who open fire, told with the deaths they cause are an
 * attack beside the killing; fireworks fired at the police and a studio set on fire are attacks.
 */
class KillingsAndStrikesTest {

    @Test
    void aKillingSomeoneIsSuspectedOfIsTheCharge() {
        assertThat(TestDocs.types("On Friday police in Varrow arrested three men suspected of involvement in a mayor's killing last month."))
                .contains("arrest").doesNotContain("killing");
    }

    @Test
    void aKillingSomeoneDeniesAPartInIsNoneTold() {
        assertThat(TestDocs.types("The rebel group on Monday denied having any role in the killing, calling the claim a smear."))
                .doesNotContain("killing");
    }

    @Test
    void killingsAsTheGrievanceOfAStrikeAreNoneTold() {
        assertThat(TestDocs.types("Taxi owners in Orlen stopped work on Tuesday against a wave of robberies and killings of their drivers."))
                .doesNotContain("killing");
        assertThat(TestDocs.types("A small party called a shutdown for Friday over what it called the killing of two of its members."))
                .doesNotContain("killing");
    }

    @Test
    void aKillingToldOutrightStays() {
        assertThat(TestDocs.types("Gunmen killed two farmers near Varrow on Sunday, police said."))
                .contains("killing");
        assertThat(TestDocs.types("A shopkeeper who had a role in the town council was killed in Orlen on Monday."))
                .contains("killing");
    }

    @Test
    void aDroneOrAirStrikeThatKillsIsAnAttackAndAKilling() {
        assertThat(TestDocs.types("On Sunday a drone hit a farmhouse outside Mesk, killing a herder and his son."))
                .contains("attack", "killing");
        assertThat(TestDocs.types("An air strike on the grain store at Kest killed five labourers on Thursday."))
                .contains("attack", "killing");
    }

    @Test
    void gunmenWhoOpenFireAttackBesideTheKilling() {
        assertThat(TestDocs.types("On Saturday night gunmen in a pickup opened fire on diners at a cafe in Orlen, killing four."))
                .contains("attack", "killing");
    }

    @Test
    void aForceFiringOnACrowdIsTheKillingAlone() {
        assertThat(TestDocs.types("Soldiers opened fire on marchers in Kest on Friday, killing three of them, witnesses said."))
                .contains("killing").doesNotContain("attack");
    }

    @Test
    void fireworksFiredAtThePoliceAreAnAttack() {
        assertThat(TestDocs.types("Late on Friday a few youths fired fireworks at riot police outside the town hall in Mesk."))
                .contains("attack");
        assertThat(TestDocs.types("Crowds in Mesk watched fireworks at midnight to greet the new year."))
                .doesNotContain("attack");
    }

    @Test
    void aStudioSetOnFireIsAnAttack() {
        assertThat(TestDocs.types("On Tuesday night a mob set fire to a music studio owned by the singer in Varrow."))
                .contains("attack");
    }
}
