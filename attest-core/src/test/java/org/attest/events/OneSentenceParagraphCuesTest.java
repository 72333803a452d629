package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round ev1c: a page that prints each sentence as a paragraph of its own (a live blog) still gives
 * a paragraph cue the sentence before to read, as a paragraph of several sentences does. Invented
 * sentences.
 */
class OneSentenceParagraphCuesTest {

    @Test
    void deathsThatOccurredAfterASentenceOnTheProtestsAreKillings() {
        Document d = TestDocs.doc().published("2031-05-12")
                .paragraph("Troops fired on marchers in the harbour city as the protests spread to the suburbs.")
                .paragraph("The monitor said most of the deaths occurred in the northern districts.")
                .build();
        assertThat(events(d)).extracting(Event::type).contains("killing");
    }
}
