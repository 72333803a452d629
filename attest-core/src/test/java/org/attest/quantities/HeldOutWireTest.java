package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/**
 * Figures of a held-out set of wire and rights-group reports (December 2026), invented sentences:
 * a figure restated is one record, and "about" after a verb of knowing or saying is a preposition.
 */
class HeldOutWireTest {
    private static final QuantityStage STAGE = new QuantityStage(QuantityLexicon.load());

    /** A document whose lines are its sentences, each its own paragraph; the first a heading when asked. */
    private static List<Quantity> lines(boolean titled, String... lines) {
        String text = String.join("\n", lines);
        List<Sentence> sentences = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            sentences.add(new Sentence(new Span(at, at + lines[i].length()), i, titled && i == 0));
            at += lines[i].length() + 1;
        }
        Document d = Document.of("t.txt", "test", "", null, null, "en", text, List.of()).withSentences(sentences);
        return STAGE.apply(d).quantities();
    }

    @Test
    void aTitlesCountThatTheBodyStatesAgainIsOneRecord() {
        assertThat(lines(true, "Court sentences 14 to death over riot",
                "A court sentenced 14 people to death on Monday.")).extracting(Quantity::text)
                .containsExactly("14 people");
        // a title's count the body does not give stays
        assertThat(lines(true, "Court sentences 14 to death over riot",
                "A court sentenced the men to death on Monday.")).extracting(Quantity::text).containsExactly("14");
    }

    @Test
    void aCountWrittenAgainOrPointedBackToIsOneRecord() {
        assertThat(lines(false, "Dozens of dockers staged a sit-in at the quay",
                "Dozens of dockers staged a sit-in at the quay on Monday.",
                "Police detained four union leaders.", "The four leaders were freed on bail.",
                "Four nurses were also held.")).extracting(Quantity::text)
                .containsExactly("Dozens of dockers", "four union leaders", "Four nurses");
    }

    @Test
    void equalCountsInOtherCapitalsStay() {
        assertThat(lines(false, "Hundreds of people were injured.", "Later hundreds of people were detained."))
                .hasSize(2);
    }

    @Test
    void aboutAfterAVerbOfKnowingIsAPreposition() {
        assertThat(run("We learned about two deaths from the clash.")).extracting(Quantity::qualifier)
                .containsExactly(Qualifier.EXACT);
        assertThat(run("The clash left about 30 people injured.")).extracting(Quantity::qualifier)
                .containsExactly(Qualifier.ABOUT);
    }
}
