package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): a call denied in the progressive or the plain present ("were
 * not calling for a boycott", "does not call for a strike") puts "not" four words before the
 * noun, one beyond the negation window, as "have not called for" does.
 */
class DeniedCallsInProgressTest {
    @Test
    void aCallDeniedInTheProgressiveIsNoCall() {
        assertThat(types("The fishermen's league said it was not calling for a boycott of the harbour talks."))
                .doesNotContain("boycott_call");
    }

    @Test
    void aCallDeniedInThePresentIsNoCall() {
        assertThat(types("The teachers' council does not call for a boycott of the exams.")).doesNotContain("boycott_call");
    }

    @Test
    void aCallInTheProgressiveStays() {
        assertThat(types("The fishermen's league is calling for a boycott of the harbour talks.")).contains("boycott_call");
    }
}
