package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The span a record is measured over: "the largest protest the capital has seen this year", "the
 * second general strike this year", "its biggest march since the movement took to the streets two
 * years ago". A report sets its event against a stretch of time to rank it; the date that bounds
 * the stretch ("this year", the clause after "since") is no date of the event ranked, and the acts
 * told after "since" are the stretch's starting point, no news of the report. Static helpers of
 * {@link DatePass}, with the rank words of {@link RankWords}.
 */
final class RecordScopes {
    /** The last words of a date naming the current stretch ("this year"), from {@code word-sets.tsv}. */
    private static final Set<String> PERIODS = WordSets.named("record-scope-periods");
    /** Tokens before the date, or before "since", in which the rank word may stand. */
    static final int RANK_REACH = 10;
    /** Tokens a "since" clause may run before the date that ends it. */
    static final int SINCE_REACH = 12;

    private RecordScopes() {}

    /**
     * True when the date from token {@code first} to {@code last} bounds a ranked stretch: "this
     * year" (or month, week) with a rank word before it in its clause, or any date closing a
     * "since" clause that follows a rank word.
     */
    static boolean bounds(int first, int last, List<Token> tokens) {
        if (first < 0 || last < first) {
            return false;
        }
        if (tokens.get(first).lower().equals("this") && PERIODS.contains(tokens.get(last).lower())) {
            return RankWords.before(first, tokens, RANK_REACH);
        }
        return sinceOf(first, tokens) >= 0;
    }

    /**
     * The hits told inside the ranked "since" clause that the date at token {@code first} closes
     * ("since it began monitoring executions in 2013"): the stretch's start, no event of the report.
     */
    static List<Integer> measuredHits(int first, List<Hit> hits, List<Token> tokens) {
        List<Integer> out = new ArrayList<>();
        int since = first < 0 ? -1 : sinceOf(first, tokens);
        for (int i = 0; i < hits.size() && since >= 0; i++) {
            if (hits.get(i).first() > since && hits.get(i).last() < first) {
                out.add(i);
            }
        }
        return out;
    }

    /** The "since" that opens the clause the date at {@code first} ends, after a rank word; or -1. */
    private static int sinceOf(int first, List<Token> tokens) {
        for (int k = first - 1; k >= Math.max(0, first - SINCE_REACH); k--) {
            Token t = tokens.get(k);
            if (t.lower().equals(")")) {
                k = RankWords.openingOf(k, tokens); // an aside breaks no clause
                if (k < 0) {
                    return -1;
                }
                continue;
            }
            if (t.clauseBreak()) {
                return -1;
            }
            if (t.lower().equals("since")) {
                // "the second night of unrest since Sunday's election" counts days from news, ranks nothing
                return RankWords.before(k, tokens, RANK_REACH) && !CountedStretches.countsFrom(k, tokens, RANK_REACH) ? k : -1;
            }
        }
        return -1;
    }
}
