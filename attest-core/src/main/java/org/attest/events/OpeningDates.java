package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A date that opens a coordinated clause of its own (", and in March 2020, a court jailed four of
 * them") is that clause's: it does not date an event told before it in the sentence ("detained 30
 * teachers after protests over pay, and in March 2020, ..."). Round date220.
 */
final class OpeningDates {
    /** Prepositions that may stand between the conjunction and the date: "and in", "but on". */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "by", "during");
    /** Conjunctions after a comma that open a coordinated clause. */
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but");
    /** Tokens after the date's first in which the comma closing the opening phrase is looked for: "in March 2020,". */
    private static final int REACH = 4;

    private OpeningDates() {}

    /** True when the date whose first token is {@code first} stands after ", and" and before a comma. */
    static boolean opensClause(int first, List<Token> tokens) {
        int p = first - 1;
        if (p >= 0 && PREPOSITIONS.contains(tokens.get(p).lower())) {
            p--;
        }
        if (p < 1 || !CONJUNCTIONS.contains(tokens.get(p).lower()) || !tokens.get(p - 1).surface().equals(",")) {
            return false;
        }
        for (int k = first + 1; k < tokens.size() && k <= first + REACH; k++) {
            if (tokens.get(k).surface().equals(",")) {
                return true;
            }
        }
        return false;
    }
}
