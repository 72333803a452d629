package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * A cue written as a symbol ("@%" of the turnout line) meets the "%" token, so a turnout told with
 * the sign is a vote as one told with "percent" is. Invented sentences.
 */
class SymbolCueTest {

    @Test
    void turnoutWithAPercentSignIsTheVote() {
        assertThat(types("Turnout in Dorvik was 61.5%, slightly above the last count."))
                .contains("election");
    }

    @Test
    void turnoutWithThePercentWordStaysTheVote() {
        assertThat(types("Turnout in Dorvik was 61.5 percent, slightly above the last count."))
                .contains("election");
    }

    @Test
    void aRallyTurnoutWithNoShareIsNoVote() {
        assertThat(types("Turnout at the rally in Pellan was lower than organisers had hoped."))
                .doesNotContain("election");
    }
}
