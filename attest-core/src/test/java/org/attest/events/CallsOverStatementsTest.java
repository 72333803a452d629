package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2b (invented sentences): a statement that carries a boycott call is the call, one event;
 * a statement told without a call stays a statement.
 */
class CallsOverStatementsTest {
    @Test
    void aCallMadeInAStatementIsTheCallOnly() {
        assertThat(types("In a statement on Friday, the nurses' union called on its members to boycott the new rota system."))
                .contains("boycott_call").doesNotContain("statement");
        assertThat(types("Forty jailed journalists signed a statement urging Veltrans to stay away from the polls."))
                .contains("boycott_call").doesNotContain("statement");
    }

    @Test
    void aStatementWithoutACallStays() {
        assertThat(types("In a statement on Friday, the nurses' union said the new rota system was unsafe."))
                .containsExactly("statement");
    }
}
