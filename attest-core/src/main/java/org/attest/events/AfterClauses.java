package org.attest.events;

import java.util.List;
import org.attest.model.DateMention;

/**
 * Dates a clause of "after" keeps apart: in "protests spread on Friday, after a van ran over and
 * killed a man the previous night", the Friday is the spread's, and the killing the clause tells
 * takes the date of its own clause.
 */
final class AfterClauses {
    private AfterClauses() {}

    /**
     * True when "after" opens a clause between the date ending at token {@code dateLast} and hit
     * {@code h}, with no comma between the opener and the hit: the hit is told inside that clause.
     * "On Friday, after the verdict, crowds marched" puts the march outside it.
     */
    static boolean hitInsideAfter(Hit h, int dateLast, List<Token> tokens) {
        if (dateLast < 0) {
            return false;
        }
        for (int k = h.first() - 1; k > dateLast; k--) {
            Token t = tokens.get(k);
            if (t.surface().equals(",") || t.surface().equals(";")) {
                return false;
            }
            if (t.lower().equals("after")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The free date nearest to hit {@code h} that no clause barrier separates from it, or null. A
     * date before an "after" clause the hit stands in is taken only when no other date is free.
     */
    static DateMention nearestUnbarred(List<DateMention> free, Hit h, List<Token> tokens, Guards guards) {
        DateMention best = null;
        DateMention outside = null;
        for (DateMention d : free) {
            if (DateClauses.barred(h, DatePass.tokenAt(tokens, d.span().start()), tokens, guards)) {
                continue;
            }
            boolean apart = d.span().end() <= h.start()
                    && hitInsideAfter(h, DatePass.tokenAt(tokens, d.span().end() - 1), tokens);
            if (apart && (outside == null || nearer(h, d, outside))) {
                outside = d;
            } else if (!apart && (best == null || nearer(h, d, best))) {
                best = d;
            }
        }
        return best != null ? best : outside;
    }

    private static boolean nearer(Hit h, DateMention a, DateMention b) {
        return DatePass.distance(h.span(), a.span()) < DatePass.distance(h.span(), b.span());
    }
}
