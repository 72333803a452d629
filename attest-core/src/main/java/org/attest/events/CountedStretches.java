package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * "The second night of unrest since Sunday's election": an ordinal before a unit of time counts
 * the days from the landmark after "since", which is then recent news the report tells and dates,
 * not a yardstick a record is measured against ("the second strike since 2019").
 */
final class CountedStretches {
    /** Ordinals that count units of time, from {@code word-sets.tsv}. */
    private static final Set<String> ORDINALS = WordSets.named("counting-ordinals");
    /** Units of time an ordinal counts ("night", "day", "week"), from {@code word-sets.tsv}. */
    private static final Set<String> UNITS = WordSets.named("counted-time-units");

    private CountedStretches() {}

    /**
     * True when, within {@code reach} tokens before the "since" at {@code since} and no clause
     * break between, an ordinal stands right before a unit of time ("the third day of strikes since").
     */
    static boolean countsFrom(int since, List<Token> tokens, int reach) {
        for (int k = since - 1, seen = 0; k > 0 && seen < reach; k--, seen++) {
            Token t = tokens.get(k);
            if (t.clauseBreak()) {
                return false;
            }
            if (UNITS.contains(t.lower()) && ORDINALS.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
