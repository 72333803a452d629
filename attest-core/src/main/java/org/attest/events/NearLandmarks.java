package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * An act told "shortly before" or "days after" a dated landmark ("was convicted in three cases
 * shortly before the Feb. 8 general election") happened close to it: in that month, which is as
 * precise as the report is about the act. The landmark's date modifies its own noun and dates no
 * act directly, so the act would otherwise take the context's date. Static helper of {@link DatePass}.
 */
final class NearLandmarks {
    /** Words of closeness right before "before" or "after": "shortly before", "days after". */
    private static final Set<String> CLOSE = WordSets.named("close-in-time-words");
    private static final Set<String> SIDES = Set.of("before", "after");
    /** Tokens between "before"/"after" and the date: "the", a possessive. */
    private static final int TO_DATE = 2;
    /** Tokens between the act and the word of closeness: "convicted in three cases shortly before". */
    private static final int ACT_REACH = 8;

    private NearLandmarks() {}

    /**
     * The act hits told close before or after the landmark whose date {@code d} starts at token
     * {@code first}, each with {@code d} at month precision; empty when no word of closeness
     * stands before the landmark or the date is less precise than a month.
     */
    static List<Integer> actsNear(DateMention d, int first, List<Hit> hits, List<Token> tokens) {
        List<Integer> out = new ArrayList<>();
        if (first < 2 || d.value() == null || d.value().length() < 7
                || d.precision() != DatePrecision.DAY && d.precision() != DatePrecision.MONTH) {
            return out;
        }
        int side = -1;
        for (int k = first - 1; k >= 1 && k >= first - 1 - TO_DATE; k--) {
            if (tokens.get(k).word() && SIDES.contains(tokens.get(k).lower())) {
                side = k;
                break;
            }
        }
        if (side < 1 || !tokens.get(side - 1).word() || !CLOSE.contains(tokens.get(side - 1).lower())) {
            return out;
        }
        int act = -1;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.last() < side - 1 && side - 1 - h.last() <= ACT_REACH && h.trigger().form() == Trigger.Form.ACT
                    && noBreak(tokens, h.last(), side - 1)) {
                act = i;
            }
        }
        if (act >= 0) {
            out.add(act);
        }
        return out;
    }

    /** The date {@code d} at month precision. */
    static DateMention monthOf(DateMention d) {
        return new DateMention(d.text(), d.span(), d.value().substring(0, 7), DatePrecision.MONTH, d.relative(), d.rule());
    }

    private static boolean noBreak(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (tokens.get(k).clauseBreak() || tokens.get(k).surface().equals(",")) {
                return false;
            }
        }
        return true;
    }
}
