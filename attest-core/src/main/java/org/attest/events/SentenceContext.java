package org.attest.events;

import java.util.List;
import org.attest.model.Span;

/**
 * One sentence as the passes see it.
 *
 * @param span    the sentence span in the document text
 * @param tokens  its tokens
 * @param heading true for a heading or title-like line
 */
record SentenceContext(Span span, List<Token> tokens, boolean heading) {
    SentenceContext {
        tokens = List.copyOf(tokens);
    }
}
