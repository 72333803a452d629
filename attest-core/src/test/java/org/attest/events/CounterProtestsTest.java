package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round events61 (invented sentences): a counter-demonstration or counter-protest is a protest. */
class CounterProtestsTest {

    @Test
    void aCounterDemonstrationIsAProtest() {
        assertThat(TestDocs.types("About 40 residents held a counter-demonstration near the harbour in Varnby on Friday."))
                .containsExactly("protest");
    }

    @Test
    void aCounterProtestIsAProtest() {
        assertThat(TestDocs.types("A small counter-protest gathered outside the town hall in Varnby on Friday."))
                .contains("protest");
    }
}
