package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * A date in the reason an arrest, a sentence or an execution is given for ("sentenced three men on
 * Sunday for the murder of a judge in 2021", "detained on Monday for posts she wrote in March")
 * dates the deed, not the judgement: when the hit also has a date of its own before that "for", the
 * reason's dates are dropped from its dates. A lone date is kept wherever it stands. Round date220.
 */
final class ReasonDates {
    /** Words of an arrest, a sentence or an execution whose "for" gives the reason (as for {@link ArrestReasons}). */
    private static final Set<String> VERBS = WordSets.named("arrest-reason-verbs");
    /** Words that open a clause of their own after the reason: "for a day after gunmen attacked". */
    private static final Set<String> ENDS = WordSets.named("arrest-reason-ends");

    private ReasonDates() {}

    /** The dates of {@code mine}, attached to hit {@code h}, less those told in its reason when another remains. */
    static List<DateMention> withoutReasonDates(Hit h, List<DateMention> mine, List<Token> tokens) {
        if (mine.size() < 2 || !judges(h, tokens)) {
            return mine;
        }
        List<DateMention> kept = new ArrayList<>(mine.size());
        for (DateMention d : mine) {
            int first = DatePass.tokenAt(tokens, d.span().start());
            if (first < 0 || !inReason(h, first, tokens)) {
                kept.add(d);
            }
        }
        return kept.isEmpty() || kept.size() == mine.size() ? mine : kept;
    }

    private static boolean judges(Hit h, List<Token> tokens) {
        for (int k = h.first(); k <= h.last(); k++) {
            if (VERBS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** True when a "for" stands between the hit and token {@code first}, in one clause with it. */
    private static boolean inReason(Hit h, int first, List<Token> tokens) {
        boolean reason = false;
        for (int k = h.last() + 1; k < first; k++) {
            String w = tokens.get(k).lower();
            if (w.equals(";") || w.equals(":") || reason && ENDS.contains(w)) {
                return false; // "; police said in 2021", "for a day after gunmen attacked in May"
            }
            reason |= w.equals("for");
        }
        return reason;
    }
}
