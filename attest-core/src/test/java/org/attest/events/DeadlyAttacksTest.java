package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An attack told with the people it killed is the killing alone; one that kills no one stays an attack. */
class DeadlyAttacksTest {

    @Test
    void aStrikeThatKillsIsTheKilling() {
        assertThat(TestDocs.types("A drone strike on a wedding party near Varrow killed at least nine guests on Sunday."))
                .contains("killing").doesNotContain("attack");
        assertThat(TestDocs.types("On 4 June, artillery shelling hit the old quarter of Mesk, killing four people."))
                .contains("killing").doesNotContain("attack");
        assertThat(TestDocs.types("Two bomb blasts outside a bus depot in Orlen killed 11 people on Friday, police said."))
                .contains("killing").doesNotContain("attack");
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
