package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A trigger noun whose clause goes on to call it a trend: "executions on all kinds of charges are
 * on the rise" tells how often such acts happen, no act on a day. Only the fixed phrase counts:
 * "arrests have risen to 300" still counts arrests made.
 */
final class TrendAfter {
    private TrendAfter() {}

    /** Tokens after the trigger searched for the phrase, stopping at a comma or other mark. */
    private static final int WINDOW = 10;

    /** The nouns of "on the rise", "on the increase". */
    private static final Set<String> TRENDS = WordSets.named("trend-after");

    /** True when "on the rise" or the like follows the hit within its clause. */
    static boolean trend(List<Token> tokens, Hit h) {
        for (int k = h.last() + 1; k < tokens.size() && k <= h.last() + WINDOW; k++) {
            if (!tokens.get(k).word()) {
                return false;
            }
            if (startsAt(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(List<Token> tokens, int k) {
        return k + 2 < tokens.size() && tokens.get(k).lower().equals("on") && tokens.get(k + 1).lower().equals("the")
                && tokens.get(k + 2).word() && TRENDS.contains(tokens.get(k + 2).lower());
    }
}
