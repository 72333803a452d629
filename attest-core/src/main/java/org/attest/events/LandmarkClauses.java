package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The acts a clause of "when" or "in which" tells right after a year-named noun: "the largest
 * crowds since the 2009 election, when millions took to the streets", "since the 2019 fuel
 * protests, in which at least 300 people were killed", "the 2011 uprising, when tens of thousands
 * marched". A landmark a superlative merely measures from ("the longest strike since the 1986
 * uprising") is no event; one whose clause tells what happened in it is told by the report, and
 * the clause's acts happened at the noun's date. Static helper of {@link DatePass}.
 */
final class LandmarkClauses {
    private LandmarkClauses() {}

    /** Words a noun a date modifies may take before the clause's comma ("presidential election"). */
    private static final int NOUN_WORDS = 4;

    /**
     * The indices of the hits told in a clause of "when" or "in which" (or "during which") after
     * noun hit {@code noun}, whose date ends at token {@code last}; empty when no such clause follows.
     */
    static List<Integer> toldOf(int noun, int last, List<Hit> hits, List<Token> tokens) {
        List<Integer> out = new ArrayList<>(RelativeClauses.whichClausesOf(noun, hits, tokens));
        for (int j : WhenClauses.hitsOf(noun, Math.max(last, hits.get(noun).last()), hits, tokens)) {
            if (!out.contains(j)) {
                out.add(j);
            }
        }
        return out;
    }

    /**
     * The indices of the hits in a clause of ", when" after the noun (no hit itself) that a date
     * ending at token {@code last} modifies: "the 2011 uprising, when crowds took to the streets";
     * empty when the date names no noun ("in March 2011, when") or no such clause follows.
     */
    static List<Integer> whenOfNamedNoun(int last, List<Hit> hits, List<Token> tokens) {
        for (int j = last + 1; j < tokens.size() && j <= last + NOUN_WORDS + 1; j++) {
            if (tokens.get(j).surface().equals(",")) {
                return j > last + 1 ? WhenClauses.hitsOf(-1, j - 1, hits, tokens) : List.of();
            }
            if (!tokens.get(j).word()) {
                return List.of();
            }
        }
        return List.of();
    }
}
