package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Document;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * Drops the figure of a sub-heading that the paragraph right under it states again: "Two hurt in
 * the port" over "Two dockers were hurt in the port ...", "Toll rises to 40" over "At least 40
 * people have died ...", "Thousands rally in the square" over "Thousands of people rallied ...".
 * A sub-heading is a heading inside the report, not its title; it announces the paragraph under it,
 * whose figure, with its noun and qualifier, is the statement. The same value under any qualifier
 * restates it; a vague amount is restated by a number it rounds ("Dozens held" over "at least 30
 * students were held"). A sub-heading's figure written with its own noun ("Police hold 30 pickets",
 * "Inflation at 12 percent") is a statement of its own, as a title's is in {@link Repeats}, and stays
 * beside the paragraph's.
 */
final class SubHeadings {
    private SubHeadings() {}

    /**
     * The quantities less the sub-headings' restated figures.
     *
     * @param found quantities sorted by span
     * @param title the span of the report's title, or null
     */
    static List<Quantity> drop(Document document, List<Quantity> found, Span title) {
        List<Sentence> sentences = document.sentences();
        if (found.isEmpty() || sentences.isEmpty()) {
            return found;
        }
        int[] sentenceOf = new int[found.size()];
        int s = 0;
        for (int i = 0; i < found.size(); i++) {
            while (s + 1 < sentences.size() && sentences.get(s).span().end() <= found.get(i).span().start()) {
                s++;
            }
            sentenceOf[i] = s;
        }
        List<Quantity> kept = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Quantity q = found.get(i);
            Sentence sentence = sentences.get(sentenceOf[i]);
            if (!sentence.heading() || !sentence.span().contains(q.span()) || withOwnNoun(q)
                    || title != null && title.contains(q.span()) || !restatedBelow(found, sentenceOf, sentences, i)) {
                kept.add(q);
            }
        }
        return kept.size() == found.size() ? found : kept;
    }

    /** True when a figure of the paragraph right after the heading of figure {@code i} restates it. */
    private static boolean restatedBelow(List<Quantity> found, int[] sentenceOf, List<Sentence> sentences, int i) {
        Quantity heading = found.get(i);
        int below = sentences.get(sentenceOf[i]).paragraph() + 1;
        for (int j = i + 1; j < found.size(); j++) {
            int paragraph = sentences.get(sentenceOf[j]).paragraph();
            if (paragraph > below) {
                return false;
            }
            if (paragraph == below && restates(found.get(j), heading)) {
                return true;
            }
        }
        return false;
    }

    /** True when the figure is written with the noun it counts ("30 pickets", "12 percent"), not bare ("Nine held"). */
    private static boolean withOwnNoun(Quantity q) {
        return UnitReader.endsWithUnit(q.text(), q.unit(), true);
    }

    private static boolean restates(Quantity body, Quantity heading) {
        if (heading.qualifier() == Qualifier.VAGUE && body.qualifier() != Qualifier.VAGUE) {
            return Repeats.sharpens(body, heading);
        }
        return body.value() == heading.value();
    }
}
