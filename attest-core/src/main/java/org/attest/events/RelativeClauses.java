package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A step told in a relative clause of the people a later event of the sentence befalls: "Three
 * men who were sentenced to death over last year's protests were executed on Friday". The clause
 * says who was executed; the death sentence is an earlier step of the execution the sentence
 * reports, not news of its own. Static helper of {@link NegationPass}; a date in such a clause
 * inside a phrase's gap is the clause's ({@link #insideGapClause}, for {@link DatePass}).
 */
final class RelativeClauses {
    private RelativeClauses() {}

    /** Relative pronouns that open the clause: "men who were sentenced". */
    private static final TokenSet RELATIVES = TokenSet.named("relative-pronouns");
    /** Auxiliaries of the clause's passive: "who were", "who had been". */
    private static final TokenSet AUXILIARIES = TokenSet.named("relative-auxiliaries");
    /** Pairs of a step and the event it leads to: "death_sentence>execution". */
    private static final Set<String> STEPS = WordSets.named("steps-to-events");

    /**
     * True when {@code h} opens with a relative pronoun and passive auxiliaries right before it,
     * and a later hit of the sentence is the event that step leads to.
     */
    static boolean stepOfLaterEvent(List<Token> tokens, Hit h, List<Hit> hits) {
        int k = h.first() - 1;
        int aux = 0;
        while (k >= 0 && tokens.get(k).word() && AUXILIARIES.has(tokens.get(k)) && aux < 2) {
            k--;
            aux++;
        }
        if (aux == 0 || k < 0 || !tokens.get(k).word() || !RELATIVES.has(tokens.get(k))) {
            return false;
        }
        for (Hit o : hits) {
            if (o.first() > h.last() && STEPS.contains(h.type() + ">" + o.type())) {
                return true;
            }
        }
        return false;
    }

    /** Words a place or other short phrase after the noun may take before the clause: "a 2010 bombing in Mahabad, which". */
    private static final int NOUN_TAIL = 4;

    /**
     * True when verb hit {@code v} opens a clause of "which" after the noun of hit {@code n} (a
     * comma, maybe a short phrase such as its place, between): "a 2010 bombing in Mahabad, which
     * killed twelve people", or goes on with it after "and" ("which began over a pay cut and left
     * eight people dead"). The clause tells what that event did, so it happened when the noun did.
     */
    /** The indexes of the hits after hit {@code noun} that open a clause of "which" about it ({@link #whichClauseOf}). */
    static List<Integer> whichClausesOf(int noun, List<Hit> hits, List<Token> tokens) {
        List<Integer> out = new ArrayList<>();
        for (int j = noun + 1; j < hits.size(); j++) {
            if (whichClauseOf(hits.get(noun), hits.get(j), tokens) || WithinWhich.clauseOf(hits.get(noun), hits.get(j), tokens)) {
                out.add(j);
            }
        }
        return out;
    }

    /** Words that open a clause about the noun before them, with no comma needed: "the coup that ousted". */
    private static final Set<String> NAMED_NOUN_RELATIVES = HashLookup.setOf("that", "which");
    /** Words of the noun a modifier date names, between the date and "that". */
    private static final int NOUN_WORDS = 3;

    /**
     * The index of the verb hit that opens a clause of "that" or "which" right after the noun a
     * date ending at token {@code last} modifies, when that noun is no hit ("the Feb 1 coup that
     * ousted the government", "the 2019 decree which banned rallies"): the clause tells what that
     * happening did, then; or -1.
     */
    static int clauseOfNamedNoun(int last, List<Hit> hits, List<Token> tokens) {
        for (int j = 0; j < hits.size(); j++) {
            Hit v = hits.get(j);
            if (v.first() <= last || v.trigger().form() != Trigger.Form.ACT) {
                continue;
            }
            int k = v.first() - 1;
            while (k > last && tokens.get(k).word() && AUXILIARIES.has(tokens.get(k))) {
                k--;
            }
            if (k - 1 <= last || k - 1 - last > NOUN_WORDS || !NAMED_NOUN_RELATIVES.contains(tokens.get(k).lower())) {
                return -1;
            }
            for (int w = last + 1; w < k; w++) {
                if (!tokens.get(w).word()) {
                    return -1;
                }
            }
            return j;
        }
        return -1;
    }

    static boolean whichClauseOf(Hit n, Hit v, List<Token> tokens) {
        if (v.first() <= n.last() || v.trigger().form() != Trigger.Form.ACT) {
            return false;
        }
        int k = v.first() - 1;
        while (k > n.last() && tokens.get(k).word() && AUXILIARIES.has(tokens.get(k))) {
            k--;
        }
        if (k > n.last() && tokens.get(k).lower().equals("and")) {
            k = coordinatedWhich(n, k, tokens); // "the riots of 2013, which began over a pay cut and left eight dead"
        }
        if (k - 2 < n.last() || !tokens.get(k).lower().equals("which") || !tokens.get(k - 1).surface().equals(",")) {
            return false;
        }
        for (int j = n.last() + 1; j < k - 1; j++) {
            if (!tokens.get(j).word() || j - n.last() > NOUN_TAIL) {
                return false; // the clause must stand right after the noun's phrase
            }
        }
        return true;
    }

    /** Words a first verb phrase of a "which" clause may hold before "and" joins the hit's verb to it. */
    private static final int FIRST_VERB_WORDS = 10;

    /**
     * The index of the "which" whose clause goes on with "and" at token {@code and} ("which began
     * over a pay cut and left eight dead"): only words between them, at most
     * {@value #FIRST_VERB_WORDS}; else {@code and} itself, which opens no clause of "which".
     */
    private static int coordinatedWhich(Hit n, int and, List<Token> tokens) {
        for (int k = and - 1; k > n.last() && k >= and - FIRST_VERB_WORDS; k--) {
            if (!tokens.get(k).word()) {
                return and;
            }
            if (tokens.get(k).lower().equals("which")) {
                return k;
            }
        }
        return and;
    }

    /** Pronouns that open a clause on a subject: "two drivers who organized a strike in December". */
    private static final Set<String> SUBJECT_RELATIVES = WordSets.named("subject-clause-relatives");
    /** Auxiliaries that resume the main clause after it: "... in December were each sentenced". */
    private static final Set<String> MAIN_AUXILIARIES = WordSets.named("main-clause-auxiliaries");
    /** Words between the pronoun and the date at most. */
    private static final int CLAUSE_REACH = 10;

    /**
     * True when the date at tokens [{@code first}, {@code last}] ends a relative clause on the
     * sentence's subject and the main clause's event follows it: "Two bus drivers who organized a
     * strike in December were each sentenced to six months". The date is the clause's (the strike
     * then); the sentencing and what comes with it ("and banned from union activity"), told after
     * the auxiliary, are not dated by it.
     */
    static boolean subjectClauseDate(int first, int last, List<Hit> hits, List<Token> tokens) {
        boolean opened = false;
        for (int k = first - 1; k >= Math.max(0, first - CLAUSE_REACH); k--) {
            Token t = tokens.get(k);
            if (!t.word() || t.clauseBreak()) {
                break;
            }
            if (SUBJECT_RELATIVES.contains(t.lower())) {
                opened = k > 0 && tokens.get(k - 1).word();
                break;
            }
        }
        if (!opened) {
            return false;
        }
        int k = last + 1;
        if (k < tokens.size() && tokens.get(k).surface().equals(",")) {
            k++; // "..., who spoke at a rally in January, was arrested"
        }
        if (k >= tokens.size() || !MAIN_AUXILIARIES.contains(tokens.get(k).lower())) {
            return false;
        }
        for (Hit h : hits) {
            if (h.first() > k && h.trigger().form() == Trigger.Form.ACT) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the date starting at token {@code first} lies in the gap of a hit's phrase, after a
     * relative pronoun in that gap: "the death sentence of three men who were transferred to
     * solitary confinement yesterday was carried out". The clause describes the people, its date is
     * theirs, and the phrase around it takes none.
     */
    static boolean insideGapClause(int first, List<Hit> hits, List<Token> tokens) {
        for (Hit h : hits) {
            if (first <= h.first() || first >= h.last() || h.trigger().lead() == h.trigger().words().size()) {
                continue;
            }
            for (int k = h.first() + h.trigger().lead(); k < first; k++) {
                if (tokens.get(k).word() && RELATIVES.has(tokens.get(k))) {
                    return true;
                }
            }
        }
        return false;
    }
}
