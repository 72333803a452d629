package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Two verbs of one type in one sentence, each in a clause of its own with its own subject: "two
 * men were hanged in the north, and a woman was executed in the capital", "one leader was
 * detained at the court, while another was arrested at his home". Each tells a happening of its
 * own, even on one day. Verbs that share their subject ("were detained and later arrested") or
 * stand in one clause tell one. Static helpers of {@link DatePass}.
 */
final class CoordinatedActs {
    private CoordinatedActs() {}

    /** Types whose acts, one per victim or group, a sentence may tell side by side. */
    private static final Set<String> TYPES = WordSets.named("coordinated-act-types");
    /** Words that open a coordinated clause after a comma or semicolon: "while", "and". */
    private static final Set<String> OPENERS = WordSets.named("coordinated-clause-openers");
    /** Words that are no subject of their own between the opener and the verb: "and was later hanged". */
    private static final Set<String> NO_SUBJECT = WordSets.named("custody-auxiliaries");
    private static final Set<String> ADVERBS = Set.of("also", "later", "then", "subsequently", "reportedly", "allegedly");

    /** True when hits {@code a} and {@code b}, of one type, are verbs in coordinated clauses with subjects of their own. */
    static boolean separate(List<Token> tokens, Hit a, Hit b) {
        return TYPES.contains(a.type()) && clausesApart(tokens, a, b);
    }

    /**
     * True when hits {@code a} and {@code b}, of any types, are verbs in coordinated clauses with
     * subjects of their own: "traders went on strike, while in the north hundreds marched" tells a
     * strike and a protest, where "strikers walked out and marched" tells one protest.
     */
    static boolean clausesApart(List<Token> tokens, Hit a, Hit b) {
        Hit first = a.first() <= b.first() ? a : b;
        Hit second = first == a ? b : a;
        if (!first.actionForm(tokens) || !second.actionForm(tokens) || first.last() >= second.first()) {
            return false;
        }
        int opener = -1;
        for (int k = first.last() + 1; k < second.first(); k++) {
            Token t = tokens.get(k);
            if (t.surface().equals(";") || (t.surface().equals(",") && k + 1 < second.first()
                    && tokens.get(k + 1).word() && OPENERS.contains(tokens.get(k + 1).lower()))) {
                opener = t.surface().equals(";") ? k : k + 1;
            }
        }
        if (opener < 0) {
            return false;
        }
        for (int k = opener + 1; k < second.first(); k++) {
            Token t = tokens.get(k);
            if (t.word() && !NO_SUBJECT.contains(t.lower()) && !ADVERBS.contains(t.lower())) {
                return true; // "a woman was executed": a subject of its own
            }
        }
        return false;
    }
}
