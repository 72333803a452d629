package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Allegations, insistences and condemnations of official speakers, round stmt23 (5 December 2026,
 * invented sentences): "alleges", "has alleged", "insisted", "denounced" and "slammed" press a view as
 * "warned" does, so an official or a body who uses them makes a statement even beside the event named.
 */
class JudgingSpeechTest {

    @Test
    void anOfficialWhoInsistsMakesAStatementBesideTheProtest() {
        assertThat(types("Union leader Marta Oyelaran insisted the protests at the mills would go on until spring."))
                .containsExactlyInAnyOrder("statement", "protest");
    }

    @Test
    void aBodyThatAllegesOrDenouncesMakesAStatement() {
        assertThat(types("The Civic Front alleges the count in the northern districts was neither free nor fair."))
                .containsExactly("statement");
        assertThat(types("The office of the governor denounced the groups that tried to storm the assembly."))
                .contains("statement");
    }

    @Test
    void bodiesThatSlamAGovernmentMakeAStatementBesideTheArrests() {
        assertThat(types("Eleven press freedom organisations slammed the ministry for arresting nine reporters."))
                .containsExactlyInAnyOrder("statement", "arrest");
    }

    @Test
    void aBareNameOrAWitnessWhoInsistsMakesNone() {
        assertThat(types("A resident insisted the protests at the mills would go on until spring.")).containsExactly("protest");
    }
}
