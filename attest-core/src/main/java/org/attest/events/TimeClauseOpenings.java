package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A sentence that opens with a clause of time ("When the army withdrew on 11 January, students
 * marched to the square") tells its main clause at that clause's date: the clause says when the
 * rest happened, so its date is no report's day nor the date of the clause's verb alone, even when
 * that verb is one of speech ("When the ministry admitted it three days later, students gathered").
 * A static helper of {@link DatePass#plan}.
 */
final class TimeClauseOpenings {
    private TimeClauseOpenings() {}

    /** Words that open a clause of time at the head of a sentence ("When ..."). */
    private static final Set<String> OPENERS = WordSets.named("time-clause-openers");

    /**
     * True when the sentence opens with a clause of time and the date from token {@code first} to
     * {@code last} stands inside it, before the comma that closes it and opens the main clause.
     */
    static boolean inOpeningClause(int first, int last, List<Token> tokens) {
        if (tokens.size() < 3 || first < 1 || !OPENERS.contains(tokens.get(0).lower())) {
            return false;
        }
        for (int k = 1; k < tokens.size() - 1; k++) {
            Token t = tokens.get(k);
            if (t.clauseBreak() || t.quote()) {
                // the clause must end in a comma after the date, with the main clause after it
                return t.surface().equals(",") && last < k;
            }
        }
        return false;
    }
}
