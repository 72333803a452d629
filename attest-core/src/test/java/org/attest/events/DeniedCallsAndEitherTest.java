package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round events63 (invented sentences): a call or an act denied by a "not" four or five words
 * before its noun, and "either" pointing back to two told events.
 */
class DeniedCallsAndEitherTest {
    @Test
    void aCallNotMadeIsNoCall() {
        assertThat(types("The farmers' unions have not called for a boycott of the regional vote.")).doesNotContain("boycott_call");
    }

    @Test
    void anActNotPreviouslyCarriedOutIsNoAct() {
        assertThat(types("The faction has not previously carried out a bombing of this kind.")).doesNotContain("attack");
    }

    @Test
    void aCallMadeStays() {
        assertThat(types("The farmers' unions called for a boycott of the regional vote on Monday.")).contains("boycott_call");
    }

    @Test
    void eitherPointsBackToTwoToldEvents() {
        assertThat(types("No one was detained at either march.")).doesNotContain("protest");
    }
}
