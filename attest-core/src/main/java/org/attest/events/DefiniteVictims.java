package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A death or an execution told again of a victim the report has already named: "A 32-year-old man was killed in
 * the capital overnight. ... The ombudsman said the man died of a gunshot wound to the chest."
 * "The man", "the victim", "the young student" point back to one whose death was told; their
 * dying is that death, not another, while "a student died of his injuries" is a new one. Static
 * helper of {@link PointingBack}, asked only of killings the report has told, in sentences with no
 * date of their own.
 */
final class DefiniteVictims {
    private DefiniteVictims() {}

    /** Person nouns that, after "the", point back to a victim told before. */
    private static final Set<String> VICTIMS = WordSets.named("pointed-victims");
    /** Auxiliaries and adverbs that may stand between the victim and the death verb. */
    private static final Set<String> BETWEEN = WordSets.named("victim-verb-between");
    /** Lower-case words allowed between "the" and the victim noun: "the young man", "the 32-year-old student". */
    private static final int MODIFIERS = 2;

    /** Types whose victim told again dies the death told before: a killing, an execution. */
    private static final Set<String> TYPES = WordSets.named("retold-death-types");
    /** Tokens an appositive between the victim and the verb may hold: "the men, identified as A and B, were". */
    private static final int APPOSITIVE = 14;

    /**
     * True when killing or execution hit {@code h} has "the" and a victim noun as its subject right
     * before it, or before an appositive between commas ("The men, identified as A and B, were executed").
     */
    static boolean retold(List<Token> tokens, Hit h) {
        if (!TYPES.contains(h.type())) {
            return false;
        }
        int i = h.first() - 1;
        while (i >= 0 && tokens.get(i).word() && BETWEEN.contains(tokens.get(i).lower())) {
            i--;
        }
        i = beforeAppositive(tokens, i);
        if (i < 1 || !tokens.get(i).word() || !VICTIMS.contains(tokens.get(i).lower())) {
            return false;
        }
        for (int k = i - 1; k >= 0 && k >= i - 1 - MODIFIERS; k--) {
            Token t = tokens.get(k);
            if (!t.word() || t.capitalised() && !t.lower().equals("the")) {
                return false;
            }
            if (t.lower().equals("the")) {
                return true;
            }
        }
        return false;
    }

    /** The token before an appositive that ends with the comma at {@code i}, or {@code i} when none does. */
    private static int beforeAppositive(List<Token> tokens, int i) {
        if (i < 1 || !tokens.get(i).surface().equals(",")) {
            return i;
        }
        for (int k = i - 1; k >= 1 && k >= i - APPOSITIVE; k--) {
            Token t = tokens.get(k);
            if (t.surface().equals(",")) {
                return k - 1;
            }
            if (t.clauseBreak()) {
                return i;
            }
        }
        return i;
    }
}
