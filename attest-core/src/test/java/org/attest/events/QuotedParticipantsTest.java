package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Participants who speak a quote, round events87 (6 December 2026, invented sentences): "said one
 * young protester" after a quote names who gives the words, as "Protesters said" opening a sentence
 * does; a participant noun in the quote or a protest the sentence tells stays.
 */
class QuotedParticipantsTest {

    @Test
    void aParticipantWhoSpeaksTheQuoteTellsNoProtest() {
        assertThat(types("\"We are not afraid of their batons,\" said one young protester outside the town hall.")).isEmpty();
        assertThat(types("\u201cThe gas burned our eyes for hours,\u201d a demonstrator told reporters.")).isEmpty();
        assertThat(types("\"Nobody listens to us\", said another protester.")).isEmpty();
    }

    @Test
    void participantsTheSentenceReportsStay() {
        assertThat(types("\"Enough is enough,\" shouted thousands of protesters as they marched to the palace."))
                .contains("protest");
        assertThat(types("Protesters blocked the ring road on Monday, police said.")).contains("protest");
    }
}
