package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shelling told with the people it killed is the killing alone; a bomb, a bomber, an attack (attack190) or a drone
 * or air strike (kill200) told with them is both; an attack that kills no one stays an attack.
 */
class DeadlyAttacksTest {

    @Test
    void shellingThatKillsIsTheKilling() {
        assertThat(TestDocs.types("On 4 June, artillery shelling hit the old quarter of Mesk, killing four people."))
                .contains("killing").doesNotContain("attack");
    }

    /** attack190: a bomb, a bomber or an attack told with its deaths is both events, whichever one a reader types. */
    @Test
    void anAssaultThatKillsIsAnAttackAndAKilling() {
        // kill200: the annotators of ev202-ev204 typed drone and air strikes that kill as both events
        assertThat(TestDocs.types("A drone strike on a wedding party near Varrow killed at least nine guests on Sunday."))
                .contains("killing", "attack");
        assertThat(TestDocs.types("Two bomb blasts outside a bus depot in Orlen killed 11 people on Friday, police said."))
                .contains("killing", "attack");
        assertThat(TestDocs.types("On 2 May, a suicide bomber killed seven people at a crowded market in Varrow."))
                .contains("killing", "attack");
        assertThat(TestDocs.types("On Tuesday night, a gang armed with clubs attacked a campaign meeting in Mesk, stabbing a canvasser to death."))
                .contains("killing", "attack");
    }

    @Test
    void anAttackThatKillsNoOneStaysAnAttack() {
        assertThat(TestDocs.types("A drone strike hit a fuel depot near Varrow on Sunday, starting a large fire."))
                .contains("attack").doesNotContain("killing");
        assertThat(TestDocs.types("Gunmen attacked a police post in Orlen on Friday night; no one was hurt."))
                .contains("attack");
    }

    @Test
    void propertyBurnedBesideDeathsStaysAnAttack() {
        assertThat(TestDocs.types("Militiamen set fire to the mayor's home in Orlen, and three traders were killed in the town the same night."))
                .contains("attack", "killing");
    }
}
