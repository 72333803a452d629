package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.DateMention;
import org.attest.model.Document;
import org.attest.model.Span;

/**
 * Date mentions the dates stage could not resolve ("on Saturday", "last week" in a report with
 * no publication date and no dateline). Such a mention still says when its event happened, only
 * on a day the text does not let the reader know: the event takes no date rather than one the
 * paragraph or the lead gives to other events. One instance per document.
 */
final class UnresolvedDates {
    /** The rule of an event dated by an unresolved mention of its sentence. */
    static final String RULE = "sentence-unresolved";

    /** Characters between an unresolved date and a date that glosses it: " (", ", ". */
    private static final int GLOSS_GAP = 3;

    private final List<DateMention> unresolved;
    private final SpanIndex spans;

    UnresolvedDates(Document doc) {
        List<DateMention> all = doc.dates();
        List<DateMention> u = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            DateMention m = all.get(i);
            // "on Monday (December 7)": the date after it says which Monday
            boolean glossed = i + 1 < all.size() && all.get(i + 1).value() != null
                    && all.get(i + 1).span().start() - m.span().end() <= GLOSS_GAP;
            if (m.value() == null && !glossed) {
                u.add(m);
            }
        }
        this.unresolved = List.copyOf(u);
        this.spans = new SpanIndex(unresolved.stream().map(DateMention::span).toList());
    }

    /** The usable mentions {@code here} of a sentence with its unresolved ones, in text order. */
    List<DateMention> with(List<DateMention> here, Span sentence) {
        if (unresolved.isEmpty()) {
            return here;
        }
        List<Integer> inside = spans.inside(sentence);
        if (inside.isEmpty()) {
            return here;
        }
        List<DateMention> all = new ArrayList<>(here);
        for (int i : inside) {
            all.add(unresolved.get(i));
        }
        all.sort((a, b) -> a.span().compareTo(b.span()));
        return all;
    }

    /** A hit's own dates less the unresolved ones, unless it has no other. */
    static List<DateMention> preferResolved(List<DateMention> mine) {
        if (mine.stream().allMatch(d -> d.value() != null) || mine.stream().allMatch(d -> d.value() == null)) {
            return mine.size() > 1 && mine.get(0).value() == null ? mine.subList(0, 1) : mine;
        }
        return mine.stream().filter(d -> d.value() != null).toList();
    }

    /** {@code rule}, or {@link #RULE} for an unresolved mention. */
    static String rule(DateMention d, String rule) {
        return d.value() == null ? RULE : rule;
    }
}
