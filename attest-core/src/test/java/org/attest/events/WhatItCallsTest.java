package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): a noun of any type given as a label after "what" ("what it
 * calls a rigged election", "what they described as a sham vote") is the speaker's word, no event;
 * "called a snap election" convenes one.
 */
class WhatItCallsTest {
    @Test
    void aLabelAfterWhatIsNoEvent() {
        assertThat(types("The ferry union urged members to march against what it calls a rigged election."))
                .doesNotContain("election");
    }

    @Test
    void aSnapElectionCalledIsStillAnElection() {
        assertThat(types("The prime minister of Velmar called a snap election for May.")).contains("election");
    }
}
