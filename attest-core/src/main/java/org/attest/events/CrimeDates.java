package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * The day of the crime a sentence is handed down for: "sentenced three men to death over the
 * killing of a guard during protests on November 16". A court sentences weeks or months after
 * the act it judges, so a date inside the "over" or "for" phrase after the sentence dates the
 * act named there, never the sentence, which keeps its own date or the report's. For
 * {@link DatePass}.
 */
final class CrimeDates {
    /** Types of a sentence handed down for an act ({@code word-sets.tsv}). */
    private static final Set<String> TYPES = WordSets.named("crime-date-types");
    /** Words that open what the sentence was for: "over the killing", "for the attack". */
    private static final Set<String> LINKS = WordSets.named("crime-date-links");
    /** How many tokens after the sentence's hit the link may stand: "sentenced three men to death over". */
    private static final int LINK_REACH = 2;

    private CrimeDates() {
    }

    /**
     * Adds to {@code barred} (by hit) the free dates a sentencing hit may not share: those after
     * its "over"/"for" link with another hit, the act judged, between the link and the date.
     * {@code barred}'s lists must be mutable.
     */
    static void bar(List<List<DateMention>> barred, List<Hit> hits, List<DateMention> free, List<Token> tokens) {
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (!TYPES.contains(h.type())) {
                continue;
            }
            int link = -1;
            for (int k = h.last() + 1; k <= h.last() + LINK_REACH && k < tokens.size() && link < 0; k++) {
                link = LINKS.contains(tokens.get(k).lower()) ? k : -1;
            }
            if (link < 0) {
                continue;
            }
            for (DateMention d : free) {
                int first = DatePass.tokenAt(tokens, d.span().start());
                if (first > link && actBetween(hits, link, first) && !barred.get(i).contains(d)) {
                    barred.get(i).add(d);
                }
            }
        }
    }

    /** True when a hit starts after token {@code link} and at or before token {@code date}. */
    private static boolean actBetween(List<Hit> hits, int link, int date) {
        for (Hit h : hits) {
            if (h.first() > link && h.first() <= date) {
                return true;
            }
        }
        return false;
    }
}
