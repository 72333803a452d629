package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/** The past of a quote's speaker told in a relative clause (round events143, invented sentences). */
class SpeakerBiographiesTest {
    @Test
    void theSpeakersPastIsNoNews() {
        assertThat(types("“Nobody in the capital listens to us,” said a dock worker in Valmora who was jailed for leading a strike."))
                .doesNotContain("arrest", "protest");
        assertThat(types("“We will keep going,” said a nurse who has been detained twice."))
                .doesNotContain("arrest");
    }

    @Test
    void aClauseOutsideSpeechStays() {
        assertThat(types("Police arrested a dock worker who led the strike in Valmora on Monday.")).contains("arrest");
        assertThat(types("“We will keep going,” said a nurse, and police detained three nurses on Monday.")).contains("arrest");
    }
}
