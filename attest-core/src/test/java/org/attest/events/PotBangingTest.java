package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r4d (7 December 2026, invented sentences): banging pots and pans is a protest of its own; one only
 * called for is none.
 */
class PotBangingTest {

    @Test
    void bangingPotsIsAProtest() {
        assertThat(types("In two suburbs of Orvel, families banged pots from their windows on Monday night."))
                .containsExactly("protest");
        assertThat(types("Neighbours stood in the doorways banging on pots and pans until midnight.")).contains("protest");
    }

    @Test
    void bangingPotsCalledForIsNone() {
        assertThat(types("The opposition urged residents to keep banging pots every evening.")).doesNotContain("protest");
    }
}
