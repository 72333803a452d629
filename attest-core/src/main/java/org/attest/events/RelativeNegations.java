package org.attest.events;

import java.util.List;

/**
 * A negation that belongs to a relative clause ending before the trigger, not to the trigger: "a
 * prisoner whose name has not been released died in solitary confinement", "a woman whose identity
 * was not revealed was arrested on Sunday". The relative clause's own participle stands between the
 * negation and the trigger (right before it, or before a finite "be" right before it), and a relative
 * word ("who", "whose", "which") opens that clause a few words before the negation; the negation then
 * denies the participle, and the trigger is the main clause's verb. "Students who were not allowed to
 * protest" (no participle right before the trigger) and "those who were not arrested" (the trigger is
 * the negated participle) stay guarded. Asked by {@link Guards#guardedBefore} only when a guard was found.
 */
final class RelativeNegations {
    /** Words that open the relative clause: "who", "whose", "which". */
    private static final TokenSet OPENERS = TokenSet.named("negated-relative-openers");
    /** Forms of "be" that are no participle of their own: "has not been released". */
    private static final TokenSet BE = TokenSet.named("negated-relative-be");
    /** Finite "be" between the relative clause and a passive trigger: "... was not revealed was arrested". */
    private static final TokenSet FINITE_BE = TokenSet.named("finite-be");
    /** Words before the negation searched for the relative word: "whose name has not", "who had not". */
    private static final int REACH = 5;

    private RelativeNegations() {}

    /** True when the guard word at {@code negation} belongs to a relative clause that ends before the trigger at {@code first}. */
    static boolean ownClause(List<Token> tokens, int negation, int first) {
        int p = previousWord(tokens, first - 1, negation);
        if (p > negation && FINITE_BE.has(tokens.get(p))) {
            p = previousWord(tokens, p - 1, negation);
        }
        if (p <= negation || BE.has(tokens.get(p)) || !participle(tokens.get(p).lower())) {
            return false;
        }
        int words = 0;
        for (int i = negation - 1; i >= 0 && words < REACH; i--) {
            Token t = tokens.get(i);
            if (t.clauseBreak()) {
                return false;
            }
            if (t.word()) {
                words++;
                if (OPENERS.has(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index of the last word at or before {@code from}, or {@code floor} when none stands after it. */
    private static int previousWord(List<Token> tokens, int from, int floor) {
        int i = from;
        while (i > floor && !tokens.get(i).word()) {
            i--;
        }
        return i;
    }

    /** A past participle by its ending ("released", "given", "known"); words in -ly and the like are none. */
    private static boolean participle(String w) {
        return w.length() > 3 && (w.endsWith("ed") || w.endsWith("en") || w.endsWith("wn"));
    }
}
