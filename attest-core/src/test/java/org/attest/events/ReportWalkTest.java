package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/** {@link ReportWalk} and its {@link SentenceEvents}: one document read sentence by sentence, and the events placed from each. Sentences are invented. */
class ReportWalkTest {
    private static final EventLexicon LEXICON = EventLexicon.load();
    private static final EventStage STAGE = new EventStage(LEXICON);

    private static Document twoArrestSentences() {
        return TestDocs.doc().published("2024-03-06")
                .paragraph("Police arrested eleven students in Kessel on Monday.", "The arrests drew wide criticism.")
                .date("Monday", "2024-03-04", DatePrecision.DAY)
                .place("Kessel", 1L)
                .build();
    }

    @Test
    void aPhrasePointingBackToAToldEventPlacesNoSecondOne() {
        List<Event> events = STAGE.apply(twoArrestSentences()).events();
        assertThat(events).extracting(Event::type).containsExactly("arrest");
        assertThat(events.get(0).date()).isEqualTo("2024-03-04");
    }

    @Test
    void eachDocumentIsReadAfresh() {
        // what one document told must not make the next one's events retellings
        Document d = twoArrestSentences();
        assertThat(STAGE.apply(d).events()).isEqualTo(STAGE.apply(d).events());
    }

    @Test
    void theEventsOfOneSentenceKeepTheirOrderInIt() {
        List<Event> events = STAGE.apply(TestDocs.sentence("Police arrested nine organisers and later shot dead a porter."))
                .events();
        assertThat(events).extracting(Event::type).containsExactly("arrest", "killing");
    }
}
