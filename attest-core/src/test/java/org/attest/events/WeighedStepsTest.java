package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): a step a body is only considering or weighing ("were
 * considering joining the strike", "is weighing a boycott") is not taken; "considering" as a
 * preposition ("considering the risks, the crews marched") guards nothing.
 */
class WeighedStepsTest {
    @Test
    void aStepConsideredIsNotTaken() {
        assertThat(types("The ferry crews were considering joining the strike at the port.")).doesNotContain("protest");
        assertThat(types("The fishermen's league is weighing a boycott of the harbour talks.")).doesNotContain("boycott_call");
    }

    @Test
    void consideringAsAPrepositionGuardsNothing() {
        assertThat(types("Considering the risks, the ferry crews marched through Velmar to the port."))
                .contains("protest");
    }
}
