package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The words a paragraph cue ("^virus", "^protest*") reads for a sentence. A paragraph cue stands
 * for a context set by the sentence before ("the death toll" after "the virus"); pages that print
 * each sentence as a paragraph of its own (live blogs, wire copy) would leave it nothing to read,
 * so a one-sentence paragraph reads the sentence before it as well.
 */
final class ParagraphContext {
    private ParagraphContext() {
    }

    /**
     * The paragraph's tokens, with those of the sentence before put first when the paragraph
     * holds one sentence and one stands before it; made on first use.
     */
    static Supplier<List<Token>> of(Supplier<List<Token>> paragraph, boolean oneSentence,
            Supplier<List<Token>> before) {
        if (!oneSentence || before == null) {
            return paragraph;
        }
        return Lazy.of(() -> joined(before.get(), paragraph.get()));
    }

    private static List<Token> joined(List<Token> before, List<Token> own) {
        List<Token> out = new ArrayList<>(before.size() + own.size());
        out.addAll(before);
        out.addAll(own);
        return List.copyOf(out);
    }
}
