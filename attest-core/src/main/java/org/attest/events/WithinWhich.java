package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A clause of "during which" after an event's noun: "the October 2019 protest movement, during
 * which more than 600 people were killed", "a three-day strike, in which two miners died". What
 * the clause tells happened within that event, so at its time. Static helper of
 * {@link RelativeClauses}.
 */
final class WithinWhich {
    private WithinWhich() {}

    /** Prepositions before "which" that set the clause inside the event. */
    private static final Set<String> PREPOSITIONS = WordSets.named("within-which");
    /** Words a short phrase after the noun may take before the clause's comma ("in Basra"). */
    private static final int NOUN_TAIL = 4;
    /** Tokens between "which" and the clause's verb at most. */
    private static final int CLAUSE_REACH = 10;

    /**
     * True when hit {@code v} stands in a clause of "during which" (or "in which", ...) opened by a
     * comma right after the phrase of noun hit {@code n}, with no clause break between "which" and it.
     */
    static boolean clauseOf(Hit n, Hit v, List<Token> tokens) {
        if (v.first() <= n.last()) {
            return false;
        }
        int comma = -1;
        for (int j = n.last() + 1; j <= Math.min(v.first() - 1, n.last() + NOUN_TAIL + 1); j++) {
            if (tokens.get(j).surface().equals(",")) {
                comma = j;
                break;
            }
            if (!tokens.get(j).word()) {
                return false; // the clause must stand right after the noun's phrase
            }
        }
        int which = comma + 2;
        if (comma < 0 || which >= v.first() || v.first() - which > CLAUSE_REACH
                || !PREPOSITIONS.contains(tokens.get(comma + 1).lower()) || !tokens.get(which).lower().equals("which")) {
            return false;
        }
        for (int k = which + 1; k < v.first(); k++) {
            if (tokens.get(k).clauseBreak()) {
                return false;
            }
        }
        return true;
    }
}
