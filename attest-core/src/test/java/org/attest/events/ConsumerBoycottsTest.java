package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round events61 (invented sentences): a consumer boycott is a boycott campaign without a word of calling beside it. */
class ConsumerBoycottsTest {

    @Test
    void aConsumerBoycottIsACampaign() {
        assertThat(TestDocs.types("A consumer boycott of the Harbourline bakery chain has spread from one Varnby street to the whole coast."))
                .contains("boycott_call");
    }

    @Test
    void noConsumerBoycottIsNone() {
        assertThat(TestDocs.types("The bakers said there was no consumer boycott of their shops.")).doesNotContain("boycott_call");
    }
}
