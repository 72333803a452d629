package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Document;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

class CaptionRepeatsTest {
    private static final QuantityStage STAGE = new QuantityStage(QuantityLexicon.load());

    /** The quantity texts of a document of one-sentence paragraphs; the line at {@code caption} is a caption. */
    private static List<String> found(int caption, String... lines) {
        String text = String.join("\n", lines);
        List<Sentence> sentences = new ArrayList<>();
        List<Span> boilerplate = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            Span s = new Span(at, at + lines[i].length());
            sentences.add(new Sentence(s, i, i == 0));
            if (i == caption) {
                boilerplate.add(s);
            }
            at += lines[i].length() + 1;
        }
        Document d = Document.of("t.txt", "test", "", null, null, "en", text, boilerplate).withSentences(sentences);
        return STAGE.apply(d).quantities().stream().map(Quantity::text).toList();
    }

    @Test
    void aCaptionFigureTheBodyStatesIsTheBodys() {
        assertThat(found(2, "Dock strike spreads along the coast",
                "Dockers in more than 40 ports and harbours stopped work on Monday, the union said.",
                "Idle cranes at the harbour on Monday. Workers in more than 40 ports joined the strike.",
                "The port authority said the figure was exaggerated."))
                .containsExactly("more than 40 ports and harbours");
    }

    @Test
    void aCaptionFigureTheBodyDoesNotGiveStays() {
        assertThat(found(2, "Dock strike spreads along the coast",
                "Dockers stopped work on Monday, the union said.",
                "Idle cranes at the harbour on Monday. About 60 workers marched to the gates.",
                "The port authority said the strike was illegal."))
                .containsExactly("About 60 workers");
    }
}
