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
        } else {
            when = afterModifier(when, tokens);
        }
        if (when >= tokens.size() || !tokens.get(when).lower().equals("when")) {
            return new ArrayList<>();
        }
        return clauseHits(noun, when, hits, tokens);
    }

    /** Words of a phrase that may stand between the noun and its ", when": "the protests of June 2024 against a finance bill, when". */
    private static final int MODIFIER_WORDS = 6;
    /** Prepositions that open such a phrase. */
    private static final Set<String> MODIFIER_OPENERS = WordSets.named("when-modifier-openers");

    /**
     * The index after ", " when a prepositional phrase of at most {@value #MODIFIER_WORDS} words
     * opening at {@code at} ends in a comma before "when" ("the demonstrations of June 2024
     * against a finance bill, when protesters stormed parliament"); {@code at} otherwise.
     */
    private static int afterModifier(int at, List<Token> tokens) {
        if (at >= tokens.size() || !MODIFIER_OPENERS.contains(tokens.get(at).lower())) {
            return at;
        }
        for (int k = at + 1, words = 1; k + 1 < tokens.size() && words <= MODIFIER_WORDS; k++) {
            Token t = tokens.get(k);
            if (t.surface().equals(",")) {
                return tokens.get(k + 1).lower().equals("when") ? k + 1 : at;
            }
            if (!t.word() || t.lower().equals("when")) {
                return at;
            }
            words++;
        }
        return at;
    }

    /** The indices of the hits after hit {@code noun} in the clause the word at {@code opener} opens. */
    private static List<Integer> clauseHits(int noun, int opener, List<Hit> hits, List<Token> tokens) {
        int when = opener;
        List<Integer> out = new ArrayList<>();
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

    /** Prepositions before "which" that set a clause inside the time before it ("on Wednesday night in which ..."). */
    private static final Set<String> WITHIN = WordSets.named("within-which");
    /** Parts of a day after a date ("Wednesday night"). */
    private static final Set<String> DAY_PARTS = WordSets.named("day-parts");

    /**
     * The indices of the hits in a clause of "in which" (or "during which") right after the date
     * ending at token {@code last}, a comma maybe between: "after clashes on Wednesday night in which
     * a protester died" tells what happened then; empty when no such clause follows.
     */
    static List<Integer> inWhichAfter(int last, List<Hit> hits, List<Token> tokens) {
        int at = last + 1;
        if (at < tokens.size() && DAY_PARTS.contains(tokens.get(at).lower())) {
            at++; // "on Wednesday night in which ..."
        }
        if (at < tokens.size() && tokens.get(at).surface().equals(",")) {
            at++;
        }
        if (at + 1 >= tokens.size() || !WITHIN.contains(tokens.get(at).lower()) || !tokens.get(at + 1).lower().equals("which")) {
            return List.of();
        }
        return clauseHits(-1, at + 1, hits, tokens);
    }
}
