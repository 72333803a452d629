package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): a conference, assembly or convention that speaks ("the
 * bishops' conference said", "the assembly warned") is the standing body of that name, no
 * gathering; one that is held is still a rally.
 */
class SpeakingBodiesTest {
    @Test
    void aConferenceThatSpeaksIsABody() {
        assertThat(types("The church offered to mediate between the ferry crews and the port, the bishops' conference said."))
                .doesNotContain("rally");
    }

    @Test
    void aConferenceHeldIsStillARally() {
        assertThat(types("The fishermen's league held its annual conference in Velmar on Saturday.")).contains("rally");
    }
}
