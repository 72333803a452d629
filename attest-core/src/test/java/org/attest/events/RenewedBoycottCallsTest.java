package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2a (invented sentences): a call renewed in a sentence that names a boycott is the boycott
 * call, no statement beside it; protests the call stands "alongside" are its setting, told elsewhere.
 * Any other renewed call stays a statement.
 */
class RenewedBoycottCallsTest {
    @Test
    void aRenewedBoycottCallIsTheCallAlone() {
        assertThat(types("Alongside the street protests, the campaign to boycott the bottler renewed its call on Sunday for shoppers to shun its drinks."))
                .containsExactly("boycott_call");
    }

    @Test
    void anyOtherRenewedCallIsAStatement() {
        assertThat(types("The teachers' union renewed its call on Sunday for the minister to resign."))
                .contains("statement");
    }
}
