package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2b (invented sentences): a death sentence that "could be executed" is a sentence, not an
 * execution; one "free on bail" is in a state, no release; appeals to stay away from a vote or to
 * keep children home from school are boycott calls.
 */
class AppealsAndPendingSentencesTest {
    @Test
    void aDeathSentenceThatCouldBeCarriedOutIsNoExecution() {
        assertThat(types("Marek Dolan had his death sentence confirmed by the appeals court in May and could be executed within days."))
                .contains("death_sentence").doesNotContain("execution");
        assertThat(types("His death sentence was carried out and he was executed at dawn on Monday."))
                .contains("execution");
    }

    @Test
    void freeOnBailIsAState() {
        assertThat(types("The editor is free on bail pending her trial.")).doesNotContain("other");
        assertThat(types("The editor was freed on bail on Tuesday.")).contains("other");
    }

    @Test
    void appealsToStayAwayOrKeepChildrenHomeAreBoycottCalls() {
        assertThat(types("Ahead of the municipal election, the opposition bloc urged its supporters to stay away."))
                .contains("boycott_call");
        assertThat(types("The parents' association urged families to keep their children at home on Monday."))
                .contains("boycott_call");
        assertThat(types("Several teachers who stay away from school will lose a day's pay.")).doesNotContain("boycott_call");
    }
}
