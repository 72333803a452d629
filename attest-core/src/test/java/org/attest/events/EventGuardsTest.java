package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/** Guards against false events, and the stage's linearity. All sentences are invented. */
class EventGuardsTest {
    private static final EventStage STAGE = new EventStage(EventLexicon.load());

    private static List<String> types(String s) {
        return STAGE.apply(TestDocs.sentence(s)).events().stream().map(Event::type).toList();
    }

    @Test
    void aTitleCaseCaptionWithABareNounIsNoEvent() {
        assertThat(types("Harbour Workers and the Great Strike of the North.")).isEmpty();
    }

    @Test
    void aPlanIsNotAnAttack() {
        assertThat(types("The cell had planned to bomb the stadium.")).isEmpty();
    }

    @Test
    void aDiseaseDeathTollIsNoKillingEvenFarFromTheWord() {
        assertThat(types("After months of the pandemic overwhelming clinics in the south, officials finally "
                + "admitted that they had hidden the real death toll.")).isEmpty();
    }

    @Test
    void aLongListOfNamesStillLinksSentencedToDeath() {
        assertThat(types("The court sentenced three men, Ali Kareem, Sami Noor and Omar Haddad, (all 24), "
                + "to death for rioting.")).containsExactly("death_sentence");
    }

    @Test
    void theDatelineIsNotTheEventDate() {
        Document d = TestDocs.doc().published("2022-03-01")
                .paragraph("Lakeside, 1 March 2022 - Throughout February, nurses protested in twelve towns.")
                .date("1 March 2022", "2022-03-01", DatePrecision.DAY)
                .date("February", "2022-02", DatePrecision.MONTH)
                .build();
        assertThat(STAGE.apply(d).events()).extracting(Event::date).containsExactly("2022-02");
    }

    @Test
    void eventsGrowLinearlyWithTheText() {
        // speed is measured outside unit tests (see docs/events-quality.md); here only that four
        // times the text gives four times the events, with nothing carried between paragraphs
        Document small = repeated(500);
        Document large = repeated(2000);
        assertThat(STAGE.apply(large).events()).hasSize(4 * STAGE.apply(small).events().size());
    }

    private static String numbered(String sentence, int p) {
        return sentence.substring(0, sentence.length() - 1) + " (item " + p + ").";
    }

    static Document repeated(int paragraphs) {
        String[] pool = {
            "Hundreds of nurses protested outside the provincial hospital on Tuesday.",
            "Police arrested eleven students at the campus gate, the Teachers Union said.",
            "The weather was warm and the markets were busy.",
            "According to Border Watch, guards shot dead two porters near the crossing.",
        };
        TestDocs doc = TestDocs.doc();
        for (int p = 0; p < paragraphs; p++) {
            // numbered, so that no sentence is printed twice word for word (RepeatedSentences)
            doc.paragraph(numbered(pool[p % 4], p), numbered(pool[(p + 1) % 4], p), numbered(pool[(p + 2) % 4], p));
        }
        return doc.build();
    }
}
