package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A date inside a relative clause in the perfect that no comma sets off ("nine pupils who had
 * joined a sit-in in 2024 were acquitted on Friday", "upheld the acquittal of drivers who had
 * blocked a road in 2023") tells the backstory of the people the clause describes, not the act of
 * the sentence around it: the court's step is of its own day (round other200). A clause between
 * commas is {@link DateClauses}' own case. Static helper of {@link DateClauses#barred}.
 */
final class PerfectRelatives {
    /** Relative words that open such a clause. */
    private static final Set<String> RELATIVES = HashLookup.setOf("who", "that", "which");
    /** Auxiliaries of the perfect right after the relative word: the clause tells what came before. */
    private static final Set<String> PERFECT = HashLookup.setOf("had", "have", "has");
    /** Words looked back from the date for the clause's opening, at most. */
    private static final int REACH = 12;

    private PerfectRelatives() {}

    /**
     * True when the date starting at token {@code first} stands in such a clause and hit {@code h}
     * outside it: after the clause when the date is before the hit, before the clause's relative
     * word when the date is after it.
     */
    static boolean holds(Hit h, int first, List<Token> tokens) {
        if (first < 0 || first >= tokens.size() || first >= h.first() && first <= h.last()) {
            return false;
        }
        int open = opening(first, tokens);
        if (open < 0) {
            return false;
        }
        if (first < h.first()) {
            for (int k = first; k < h.first(); k++) {
                if (!tokens.get(k).word() && !tokens.get(k).surface().chars().allMatch(Character::isDigit)) {
                    return false; // a comma or a stop between: the hit is in another clause's reach
                }
            }
            return true;
        }
        return open > h.last();
    }

    /** The relative word that opens the perfect clause the date at {@code first} stands in, or -1. */
    private static int opening(int first, List<Token> tokens) {
        for (int k = first - 1; k >= 1 && first - k <= REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return -1; // punctuation ends the clause before the date
            }
            if (PERFECT.contains(t.lower()) && RELATIVES.contains(tokens.get(k - 1).lower())) {
                return k - 1;
            }
        }
        return -1;
    }
}
