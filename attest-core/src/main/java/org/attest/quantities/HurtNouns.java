package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * "Five porters were killed and nine wounded", "up to 15 injured", "at least 14 dead": a word for
 * the hurt or the dead right after a number stands as its noun, as in "the wounded", so it is the
 * unit and part of the figure's text, not a verb that makes the count one of people or of the
 * noun counted before ({@code hurt-nouns.txt}).
 */
final class HurtNouns {
    private static final Set<String> WORDS = Set.copyOf(LexiconReader.words("hurt-nouns.txt"));

    private HurtNouns() {}

    /**
     * The word at {@code after}, or after one adverb in "-ly" there ("300 seriously injured"), as a
     * unit when it is a noun of the hurt, else null.
     */
    static UnitReader.Unit at(List<Token> t, int after) {
        int k = after;
        if (k + 1 < t.size() && t.get(k).isWord() && t.get(k).lower().endsWith("ly")) {
            k++;
        }
        if (k >= t.size() || !t.get(k).isWord() || !WORDS.contains(t.get(k).lower())) {
            return null;
        }
        return new UnitReader.Unit(t.get(k).lower(), k, "hurt-noun", false);
    }
}
