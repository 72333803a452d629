package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attest.model.Document;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * A figure the report's headlines give (the run of heading lines it opens with: kicker, title,
 * second headline) and its body states again is one record, the body's: "At least 31 killed"
 * over "Police killed at least 31 people ..., the commission said", "Two journalists arrested in
 * the capital" over "police arrested two journalists from ...". The headline sums up the body; the
 * body's sentence is the statement, with its noun and the source that makes the claim, and it is
 * the one a reader is sent to. A headline figure the body does not state again stays; a word
 * amount ("Thousands march") is left to {@link Repeats}, which weighs it against the body's number;
 * so is a figure the body writes again character for character ("at least 31 people" in both):
 * the same words are one statement, made first in the headline, where a reader searching for them
 * lands first.
 */
final class HeadlineFigures {

    private HeadlineFigures() {}

    /** The quantities, in text order, less the headline figures the body restates. */
    static List<Quantity> drop(Document document, List<Quantity> found) {
        Span head = headRun(document);
        if (head == null || found.isEmpty()) {
            return found;
        }
        List<Quantity> body = new ArrayList<>();
        for (Quantity q : found) {
            if (q.span().start() >= head.end()) {
                body.add(q);
            }
        }
        List<Quantity> kept = new ArrayList<>(found.size());
        for (Quantity q : found) {
            if (!(head.contains(q.span()) && body.stream().anyMatch(b -> restates(b, q) && !b.text().equals(q.text())))) {
                kept.add(q);
            }
        }
        return kept.size() == found.size() ? found : kept;
    }

    /**
     * The span of the heading lines the text opens with, within its top paragraphs
     * ({@value Repeats#TOP}), or null when it opens with body text.
     */
    static Span headRun(Document document) {
        List<Sentence> sentences = document.sentences();
        if (sentences.isEmpty() || !sentences.get(0).heading()) {
            return null;
        }
        int last = 0;
        while (last + 1 < sentences.size() && sentences.get(last + 1).heading()
                && sentences.get(last + 1).paragraph() < Repeats.TOP) {
            last++;
        }
        if (last + 1 < sentences.size() && sentences.get(last + 1).paragraph() == sentences.get(last).paragraph()) {
            return null; // a heading run on by body text in its paragraph: no headline of its own
        }
        return new Span(sentences.get(0).span().start(), sentences.get(last).span().end());
    }

    /**
     * True when the body's figure states the headline's again: the same value and qualifier, and
     * the same noun when both have one ("At least 31" and "at least 31 people"; not "two bombs"
     * for "Two journalists"). A word amount is no restatement here.
     */
    private static boolean restates(Quantity body, Quantity head) {
        if (head.qualifier() == Qualifier.VAGUE || body.value() != head.value() || body.qualifier() != head.qualifier()
                || !java.util.Objects.equals(body.valueMax(), head.valueMax())) {
            return false;
        }
        return head.unit() == null || body.unit() == null
                || head.unit().toLowerCase(Locale.ROOT).equals(body.unit().toLowerCase(Locale.ROOT));
    }
}
