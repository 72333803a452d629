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
        return opensClause(comma, v, tokens);
    }

    /**
     * The index of the verb hit told in a clause of "in which" (or "during which", ...) after the
     * noun a date ending at token {@code last} modifies, when that noun is no hit of its own: "on
     * the third anniversary of the March 2018 uprising, in which police killed 900": the killing
     * happened then; or -1.
     */
    static int clauseOfNamedNoun(int last, List<Hit> hits, List<Token> tokens) {
        int comma = -1;
        for (int j = last + 1; j < tokens.size() && j <= last + NOUN_TAIL + 1; j++) {
            if (tokens.get(j).surface().equals(",")) {
                comma = j;
                break;
            }
            if (!tokens.get(j).word()) {
                return -1;
            }
        }
        if (comma <= last + 1) {
            return -1; // the date must name a noun: "in March 2018, in which" has none
        }
        for (int j = 0; j < hits.size(); j++) {
            if (hits.get(j).first() > comma) {
                return hits.get(j).trigger().form() == Trigger.Form.ACT && opensClause(comma, hits.get(j), tokens) ? j : -1;
            }
        }
        return -1;
    }

    /** True when the comma at {@code comma} opens "in which ..." and verb hit {@code v} is its first clause's. */
    private static boolean opensClause(int comma, Hit v, List<Token> tokens) {
        int which = comma + 2;
        if (comma < 0 || which >= v.first() || v.first() - which > CLAUSE_REACH
                || !PREPOSITIONS.contains(tokens.get(comma + 1).lower()) || !tokens.get(which).lower().equals("which")) {
            return false;
        }
        for (int k = which + 1; k < v.first(); k++) {
            if (tokens.get(k).clauseBreak() && !digitGroup(k, tokens)) {
                return false;
            }
        }
        return true;
    }

    /** True for the comma of a figure's digit groups, which breaks no clause: "1,500", read as "1" "," "500". */
    private static boolean digitGroup(int k, List<Token> tokens) {
        if (k < 1 || k + 1 >= tokens.size() || !tokens.get(k).surface().equals(",")) {
            return false;
        }
        Token before = tokens.get(k - 1);
        Token after = tokens.get(k + 1);
        return before.end() == tokens.get(k).start() && after.start() == tokens.get(k).end()
                && Character.isDigit(before.surface().charAt(before.surface().length() - 1))
                && Character.isDigit(after.surface().charAt(0));
    }
}
