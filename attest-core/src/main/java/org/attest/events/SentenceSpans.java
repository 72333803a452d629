package org.attest.events;

import java.util.List;
import org.attest.model.Sentence;
import org.attest.model.Span;

/** Spans of sentences and paragraphs, kept inside the text they point into. */
final class SentenceSpans {
    private SentenceSpans() {}

    /** The span from the first to the last sentence of the paragraph that sentence {@code si} opens. */
    static Span paragraph(List<Sentence> sentences, int si, int length) {
        int p = sentences.get(si).paragraph();
        int end = si;
        while (end + 1 < sentences.size() && sentences.get(end + 1).paragraph() == p) {
            end++;
        }
        return clip(new Span(sentences.get(si).span().start(), sentences.get(end).span().end()), length);
    }

    /** The span cut at the text's end. */
    static Span clip(Span s, int length) {
        return s.end() <= length ? s : new Span(Math.min(s.start(), length), length);
    }
}
