package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2b (invented sentences): a clause that "and" or "but" opens with a "no" subject denies its
 * act as one opening the sentence does; the act of the clause before still stands.
 */
class CoordinatedNoneSubjectsTest {
    @Test
    void aCoordinatedNoOneClauseDeniesItsArrest() {
        assertThat(types("The ministry has opened no inquiry into the fire, and no one is known to have been arrested over it."))
                .doesNotContain("arrest");
        assertThat(types("Officials promised a full inquiry, but no official has been detained so far."))
                .doesNotContain("arrest");
    }

    @Test
    void theClauseBeforeStillTellsItsAct() {
        assertThat(types("Police detained four students on Monday, and no one has been released since."))
                .contains("arrest");
    }
}
