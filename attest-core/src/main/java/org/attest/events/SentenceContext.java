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
 * @param cueContext the tokens a paragraph cue reads ({@link ParagraphContext}): the paragraph's,
 *                   and the sentence's before when the sentence is a paragraph of its own
 */
record SentenceContext(Span span, List<Token> tokens, boolean heading, Supplier<List<Token>> paragraph,
        Supplier<List<Token>> cueContext) {
    SentenceContext {
        tokens = List.copyOf(tokens);
    }

    /** A sentence whose cues read its paragraph only. */
    SentenceContext(Span span, List<Token> tokens, boolean heading, Supplier<List<Token>> paragraph) {
        this(span, tokens, heading, paragraph, paragraph);
    }

    /** A sentence that is its own paragraph. */
    SentenceContext(Span span, List<Token> tokens, boolean heading) {
        this(span, tokens, heading, () -> tokens);
    }

    /** The tokens a paragraph ("^") cue reads. */
    List<Token> cueTokens() {
        return cueContext.get();
    }

    List<Token> paragraphTokens() {
        return paragraph.get();
    }
}
