package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round events74 (invented sentences): missed statements and false events of the advocacy-report
 * genre.
 */
class RecallRound74Test {

    @Test
    void aProsecutorSpeaksAsAnOfficial() {
        assertThat(TestDocs.types("On Tuesday, the province's Prosecutor-General threatened the dockers with \"severe consequences.\""))
                .containsExactly("statement");
        assertThat(TestDocs.types("The Varnby prosecutor warned that the dockers' leaders would answer for the losses."))
                .containsExactly("statement");
    }

    @Test
    void unnamedProsecutorsStaySources() {
        assertThat(TestDocs.types("Prosecutors said the defendant had kept the ledgers of the firm for ten years.")).isEmpty();
    }
}
