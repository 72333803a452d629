package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A building or property set on fire, torched, burnt, looted, ransacked or vandalised, a police
 * station or army post overrun: attacks (round protest28). Tyres,
 * effigies and flags burnt stay the protest's; looting feared or charged is no attack. All sentences
 * are invented for these tests.
 */
class PropertyAttacksTest {

    @Test
    void aBuildingSetOnFireInThePassiveIsAnAttack() {
        assertThat(TestDocs.types("Part of the regional treasury building was set on fire in Varna on Tuesday."))
                .contains("attack");
    }

    @Test
    void aSecretariatOrAPolicePostSetOnFireIsAnAttack() {
        assertThat(TestDocs.types("Youths set fire to the district secretariat in Lorn on Monday.")).contains("attack");
        assertThat(TestDocs.types("A mob set fire to a police post outside Varna on Monday.")).contains("attack");
    }

    @Test
    void aBuildingTorchedOrBurntIsAnAttack() {
        assertThat(TestDocs.types("Rioters torched the council offices in Lorn on Friday.")).contains("attack");
        assertThat(TestDocs.types("Two police stations were burnt in Varna and Lorn on Friday.")).contains("attack");
    }

    @Test
    void tyresAndEffigiesBurntAreNoAttack() {
        assertThat(TestDocs.types("Students burned tyres and an effigy of the mayor near the town hall in Varna on Friday."))
                .doesNotContain("attack");
    }

    @Test
    void shopsLootedRansackedOrVandalisedAreAttacks() {
        assertThat(TestDocs.types("Gangs looted a supermarket in Lorn on Sunday.")).contains("attack");
        assertThat(TestDocs.types("Men in masks ransacked the party's office in Varna on Sunday.")).contains("attack");
        assertThat(TestDocs.types("Youths vandalised the mayor's office in Lorn on Sunday.")).contains("attack");
    }

    @Test
    void lootingFearedOrChargedIsNoAttack() {
        assertThat(TestDocs.types("Traders in Lorn closed their stalls on Sunday for fear of looting.")).doesNotContain("attack");
        assertThat(TestDocs.types("Police in Lorn arrested nine men on Sunday for looting a depot.")).doesNotContain("attack");
    }

    @Test
    void aPoliceStationOverrunIsAnAttack() {
        assertThat(TestDocs.types("Insurgents overran a police station near Lorn on Saturday night.")).contains("attack");
    }

    @Test
    void shopsLootedInThePassiveAreAnAttackWhoeverIsAccusedNearby() {
        assertThat(TestDocs.types("In Lorn, kiosks owned by men accused of backing the mayor were looted on Sunday."))
                .contains("attack");
        assertThat(TestDocs.types("Police in Varna accused the gang of looting a depot on Sunday.")).doesNotContain("attack");
        assertThat(TestDocs.types("Traders in Lorn feared their stalls would be looted on Sunday.")).doesNotContain("attack");
    }

    @Test
    void aConsulateSetOnFireIsAnAttack() {
        assertThat(TestDocs.types("On Friday night a mob stormed and set fire to the Tarsenian consulate in Lorn.")).contains("attack");
    }

    @Test
    void homesBurnedAreAnAttackEvenWithBodiesFoundLater() {
        String s = "Troops have burned hundreds of houses in the valley, and the bodies of twelve herders were found"
                + " near Lorn in May 2022.";
        assertThat(TestDocs.types(s)).contains("attack");
    }

    @Test
    void aQuarterBesiegedByTroopsIsAnAttack() {
        assertThat(TestDocs.types("In 2019 the army laid siege to the old market quarter of Varna.")).contains("attack");
    }
}
