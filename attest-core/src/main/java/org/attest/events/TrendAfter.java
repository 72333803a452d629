package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A trigger noun whose clause goes on to call it a trend: "executions on all kinds of charges are
 * on the rise", "hangings have risen sharply", "arrests continue at a steady pace" tell how often
 * such acts happen, no act on a day. Only a fixed phrase, or a verb of change in the perfect or of
 * going on in the present with a word of manner, counts: "arrests have risen to 300" still counts
 * arrests made, and "executions rose sharply in the spring" the acts of a season.
 */
final class TrendAfter {
    private TrendAfter() {}

    /** Tokens after the trigger searched for the phrase, stopping at a comma or other mark. */
    private static final int WINDOW = 10;

    /** The nouns of "on the rise", "on the increase". */
    private static final TokenSet TRENDS = TokenSet.named("trend-after");

    /** Verbs of change or of going on: "have risen", "continue". */
    private static final Set<String> CHANGE_VERBS = WordSets.named("trend-verbs");
    /** Auxiliaries of the perfect that make a participle of change a trend up to now: "have risen". */
    private static final Set<String> PERFECT = Set.of("have", "has");
    /** Words of manner right after such a verb: "sharply", "unabated". */
    private static final Set<String> MANNERS = WordSets.named("trend-manners");
    /** Words of a rate after "at a": "at a record pace". */
    private static final Set<String> RATES = Set.of("pace", "rate");
    /** Words between the trigger noun and a verb of change: "executions on drug charges have risen". */
    private static final int VERB_WINDOW = 5;

    /** True when "on the rise" or the like follows the hit within its clause. */
    static boolean trend(List<Token> tokens, Hit h) {
        for (int k = h.last() + 1; k < tokens.size() && k <= h.last() + WINDOW; k++) {
            if (!tokens.get(k).word()) {
                return false;
            }
            // the hit's form last: it is the same at every word, and few words are verbs of change
            if (startsAt(tokens, k) || k <= h.last() + VERB_WINDOW && changeAt(tokens, k) && !h.actionForm(tokens)) {
                return true;
            }
        }
        return false;
    }

    /** "risen sharply", "continue unabated", "continue at a record pace": a verb of change and its manner. */
    private static boolean changeAt(List<Token> tokens, int k) {
        if (!CHANGE_VERBS.contains(tokens.get(k).lower()) || k + 1 >= tokens.size() || !tokens.get(k + 1).word()) {
            return false;
        }
        String verb = tokens.get(k).lower();
        if (!verb.startsWith("continu") && !(k > 0 && PERFECT.contains(tokens.get(k - 1).lower()))) {
            return false; // "executions rose sharply in the spring" tells the acts of a season
        }
        if (MANNERS.contains(tokens.get(k + 1).lower())) {
            return true;
        }
        if (!tokens.get(k + 1).lower().equals("at")) {
            return false;
        }
        for (int j = k + 2; j < tokens.size() && j <= k + 4 && tokens.get(j).word(); j++) {
            if (RATES.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAt(List<Token> tokens, int k) {
        return k + 2 < tokens.size() && tokens.get(k).lower().equals("on") && tokens.get(k + 1).lower().equals("the")
                && tokens.get(k + 2).word() && TRENDS.has(tokens.get(k + 2));
    }
}
