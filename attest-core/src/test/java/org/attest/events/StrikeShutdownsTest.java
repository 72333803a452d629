package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): a place that shuts down beside a strike is the strike's
 * shutdown, no act of its own beside the strike; a shutdown ordered with no strike told stays `other`.
 */
class StrikeShutdownsTest {
    @Test
    void aShutdownBesideAStrikeIsTheStrikes() {
        assertThat(types("The port town shut down on Monday as dockers began an indefinite strike."))
                .containsExactly("other"); // the strike (other since strikes are no protests), no second act
    }

    @Test
    void aShutdownOrderedStaysOther() {
        assertThat(types("The authorities shut down the harbour radio station on Monday.")).contains("other");
    }
}
