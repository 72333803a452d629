package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Branch events64: a syndicate is a trade union by another name, a body that speaks: its words,
 * dated by the report, are a statement beside the events they tell (invented sentence).
 */
class SyndicateSpeakersTest {
    @Test
    void aSyndicateSpeaksAsAUnionDoes() {
        assertThat(TestDocs.types("The Teachers Syndicate said on Friday that at least nine teachers had been killed since May."))
                .contains("statement", "killing");
    }
}
