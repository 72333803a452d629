package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hits of a clause of "when" right after a date, or after the noun the date modifies: "the
 * strikes of May 2011, when troops shot at miners and dozens were hurt", "the November 2019
 * uprising, when forces killed 1,500 protesters" tell what happened in May 2011, in November 2019. The date belongs to the
 * noun before it, and to the acts its "when" clause tells, not to the sentence's other dates
 * ("Monday's rally recalled ..."). Static helpers of {@link DatePass}.
 */
final class WhenClauses {
    /** Words that end the clause of "when": another clause of the sentence begins. */
    private static final Set<String> ENDS = HashLookup.setOf("but", "while", "whereas", ";");

    private WhenClauses() {}

    /**
     * The indices of the hits after hit {@code noun} that stand in a clause of "when" opening right
     * after token {@code last}, the end of the date or of the noun it modifies (a comma may stand
     * between): empty when no "when" follows.
     */
    static List<Integer> hitsOf(int noun, int last, List<Hit> hits, List<Token> tokens) {
        int when = last + 1;
        if (when < tokens.size() && tokens.get(when).surface().equals(",")) {
            when++;
        }
        List<Integer> out = new ArrayList<>();
        if (when >= tokens.size() || !tokens.get(when).lower().equals("when")) {
            return out;
        }
        int end = tokens.size();
        for (int k = when + 1; k < tokens.size(); k++) {
            if (ENDS.contains(tokens.get(k).lower())) {
                end = k;
                break;
            }
        }
        for (int j = noun + 1; j < hits.size(); j++) {
            Hit h = hits.get(j);
            if (h.first() > when && h.last() < end) {
                out.add(j);
            }
        }
        return out;
    }

    /**
     * The indices of the hits in a clause of "when" right after a date that follows "since" (tokens
     * {@code first}..{@code last}): "the largest strikes since the winter of 2016-2017, when miners
     * marched through forty towns" tells what happened then; empty when no such clause follows.
     */
    static List<Integer> afterSince(int first, int last, List<Hit> hits, List<Token> tokens) {
        boolean since = tokens.get(first).lower().equals("since") || first >= 1 && tokens.get(first - 1).lower().equals("since");
        return since && last >= first ? hitsOf(-1, last, hits, tokens) : List.of();
    }
}
