package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * An act someone is only said to have done, named as the ground of a sentence or an arrest ("for
 * allegedly burning a police car", "over their alleged role in the riots"), is the charge, not a
 * protest or attack the report tells as having happened (guards.tsv, kind charge). The sentence or
 * arrest stays. Invented sentences.
 */
class AllegedActsTest {

    @Test
    void actsNamedAfterForAllegedlyAreNoProtest() {
        assertThat(types("A court in Pellan sentenced three students to death on Monday for allegedly blocking roads and setting fire to a bank."))
                .containsExactly("death_sentence");
    }

    @Test
    void anAllegedRoleInProtestsIsNoProtest() {
        assertThat(types("Police in Dorvik arrested four teachers on Friday over their alleged role in the street protests of last spring."))
                .containsExactly("arrest");
    }

    @Test
    void aProtestToldWithoutAllegationStays() {
        // "after" tells the act as it happened, beside the arrest
        assertThat(types("Police in Dorvik arrested four teachers on Friday after they blocked roads in protest at unpaid wages."))
                .contains("arrest", "protest");
    }
}
