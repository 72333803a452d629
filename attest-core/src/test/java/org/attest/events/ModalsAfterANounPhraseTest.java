package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): an event noun that is the subject of a modal across a short
 * phrase of its own ("attacks on the depots would not be tolerated", "demonstrations in the old town could spread") names what may happen, no
 * event; a noun whose phrase goes on to a verb of its own still reports one.
 */
class ModalsAfterANounPhraseTest {
    @Test
    void aNounBeforeAModalAcrossItsPhraseIsNoEvent() {
        assertThat(types("The harbour board said attacks on the fuel depots would not be tolerated."))
                .doesNotContain("attack");
        assertThat(types("Officials warned that demonstrations in the old town could spread to the port."))
                .doesNotContain("protest");
    }

    @Test
    void aNounWhosePhraseEndsInAVerbStays() {
        assertThat(types("Attacks on the fuel depots forced the port to close on Monday.")).contains("attack");
    }
}
