package org.attest.events;

import java.util.List;
import java.util.function.Supplier;
import org.attest.model.Span;

/**
 * One sentence as the passes see it.
 *
 * @param span       the sentence span in the document text
 * @param tokens     its tokens
 * @param heading    true for a heading or title-like line
 * @param paragraph  the tokens of the whole paragraph holding it, made on first use (only
 *                   paragraph cues ask for them) and shared by the paragraph's sentences
 */
record SentenceContext(Span span, List<Token> tokens, boolean heading, Supplier<List<Token>> paragraph) {
    SentenceContext {
        tokens = List.copyOf(tokens);
    }

    /** A sentence that is its own paragraph. */
    SentenceContext(Span span, List<Token> tokens, boolean heading) {
        this(span, tokens, heading, () -> tokens);
    }

    List<Token> paragraphTokens() {
        return paragraph.get();
    }
}
