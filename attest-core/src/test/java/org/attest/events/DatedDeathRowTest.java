package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Death row told in the present counts the people held there even when the sentence gives a day
 * of its other events, round ev3b (invented sentences); a dated sentencing beside it stays the news.
 */
class DatedDeathRowTest {

    @Test
    void menOnDeathRowBesideADatedHangingAreNoSentencing() {
        assertThat(types("At least seven other dockers are on death row in Velmar, and their lawyers fear Monday's hangings will be followed by more."))
                .doesNotContain("death_sentence");
        assertThat(types("Four more men remain on death row after the hangings on Sunday."))
                .doesNotContain("death_sentence");
    }

    @Test
    void aDatedSentencingBesideItStays() {
        assertThat(types("A court in Velmar sentenced two dockers to death on Monday, and they are now on death row in the harbour prison."))
                .contains("death_sentence");
    }
}
