package org.attest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Document;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** A sentence never runs across the edge of a caption or other boilerplate span. */
class CaptionEdgesTest {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.withDefaults();

    private static List<String> pieces(String text, List<Span> boilerplate) {
        Document d = SPLITTER.apply(Document.of("d", "file:d", null, null, null, "en", text, boilerplate));
        return d.sentences().stream().map(s -> text.substring(s.span().start(), s.span().end())).toList();
    }

    private static final String CAPTION = "Picture caption, Dockers have held several marches over pay in recent months";
    private static final String TEXT = CAPTION + "\nPolice in the port city detained 15 dockers on Thursday, their union said.";

    @Test
    void aLongCaptionLineIsAPieceOfItsOwn() {
        List<String> pieces = pieces(TEXT, List.of(new Span(0, CAPTION.length())));
        assertThat(pieces).containsExactly(CAPTION,
                "Police in the port city detained 15 dockers on Thursday, their union said.");
        Document d = SPLITTER.apply(Document.of("d", "file:d", null, null, null, "en", TEXT,
                List.of(new Span(0, CAPTION.length()))));
        assertThat(d.sentences()).extracting(Sentence::heading).containsExactly(true, false);
    }

    @Test
    void withoutTheCaptionMarkTheWrappedLinesStayOneSentence() {
        // a text wrapped at a fixed width (one line goes on in lower case): without the caption
        // mark, the long line without a full stop is taken to go on in the next (a text none of
        // whose lines is wrapped splits there anyway: see HeldOutAbroadTest)
        String wrapped = CAPTION + "\nPolice in the port city detained 15 dockers on Thursday, their\nunion said.";
        assertThat(pieces(wrapped, List.of())).hasSize(1);
    }

    @Test
    void aSpanInsideASentenceCutsItAtBothEdges() {
        String text = "Crowds marched on Friday (Photo: Agency) and police watched.";
        int s = text.indexOf("(Photo");
        int e = text.indexOf(')') + 1;
        assertThat(pieces(text, List.of(new Span(s, e))))
                .containsExactly("Crowds marched on Friday", "(Photo: Agency)", "and police watched.");
    }
}
