package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Document;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;

/** Test documents whose lines are their sentences and paragraphs, some of them headings. */
final class HeadingDocs {
    private static final QuantityStage STAGE = new QuantityStage(QuantityLexicon.load());

    private HeadingDocs() {}

    /** The quantities of a document made of {@code lines}; the lines whose indexes are named are headings. */
    static List<Quantity> lines(List<Integer> headings, String... lines) {
        String text = String.join("\n", lines);
        List<Sentence> sentences = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            sentences.add(new Sentence(new Span(at, at + lines[i].length()), i, headings.contains(i)));
            at += lines[i].length() + 1;
        }
        Document d = Document.of("t.txt", "test", "", null, null, "en", text, List.of()).withSentences(sentences);
        return STAGE.apply(d).quantities();
    }
}
