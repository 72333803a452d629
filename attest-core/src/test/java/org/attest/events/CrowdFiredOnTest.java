package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The crowd fired on is a protest of its own beside the attack, unless the sentence counts the
 * dead: the crowd is then the scene of the killing (round protest28). A relative clause that tells
 * what the crowd did keeps its protest. All sentences are invented for these tests.
 */
class CrowdFiredOnTest {

    @Test
    void aCrowdFiredOnWithNoDeadStaysAProtest() {
        assertThat(TestDocs.types("Troops opened fire on striking dockers in Varna on Monday."))
                .contains("protest", "attack");
    }

    @Test
    void aCrowdFiredOnWhoseDeadAreCountedIsTheKillingsScene() {
        assertThat(TestDocs.types("Guards opened fire on protesters outside the mill in Varna on Monday, killing at least six."))
                .contains("killing").doesNotContain("protest");
    }

    @Test
    void aCrowdWhoseActIsToldKeepsItsProtest() {
        assertThat(TestDocs.types("Guards fired at protesters who had blocked the coast road near Varna on Monday, killing three."))
                .contains("killing", "protest");
    }
}
