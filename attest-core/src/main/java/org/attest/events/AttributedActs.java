package org.attest.events;

import java.util.List;

/**
 * An act told inside the source an "according to" names, with its own date right after it:
 * "dispersed on Friday, according to the mother of a prisoner executed in August 1988". The date
 * is the act's (the execution's), not the day the source spoke. Static helper of {@link DatePass#plan}.
 */
final class AttributedActs {
    private AttributedActs() {}

    /** Tokens that may stand between the act's words and its date ("executed in August 1988"). */
    private static final int REACH = 2;

    /**
     * The index of the hit between "according" at token {@code verb} and the date starting at
     * token {@code first}, ending at most {@link #REACH} tokens before the date; or -1.
     */
    static int actDatedInSource(int verb, int first, List<Hit> hits, List<Token> tokens) {
        if (verb < 0 || first <= verb || !tokens.get(verb).lower().equals("according")) {
            return -1;
        }
        for (int i = hits.size() - 1; i >= 0; i--) {
            Hit h = hits.get(i);
            if (h.first() > verb + 1 && h.last() < first && first - h.last() - 1 <= REACH) {
                return i;
            }
        }
        return -1;
    }

    /**
     * True when the date at token {@code first} dates an act inside the source an "according to"
     * before it names, in one clause ("according to the mother of a prisoner executed in August
     * 1988"): the act's own time, no time of the next sentences ("She said a dozen people had been
     * held" is of the day the relatives were dispersed).
     */
    static boolean datesActInSource(int first, List<Hit> hits, List<Token> tokens) {
        for (int k = first - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.clauseBreak()) {
                return false;
            }
            if (t.lower().equals("according")) {
                return actDatedInSource(k, first, hits, tokens) >= 0;
            }
        }
        return false;
    }
}
