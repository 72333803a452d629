package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A past participle right after its noun, with a date right after it: "mourners gathered at the
 * grave of a protester killed last month". The date tells when that participle's event happened,
 * not the events before it in the sentence, nor the next sentences (static helper of
 * {@link DatePass} and {@link ContextDates}).
 */
final class ReducedRelatives {
    private ReducedRelatives() {}

    /** Words before a participle that make it a verb of the clause, not a noun's modifier. */
    private static final Set<String> NOT_NOUNS = HashLookup.setOf("was", "were", "been", "be", "being", "is", "are",
            "am", "had", "has", "have", "get", "got", "who", "that", "which", "and", "or", "but", "not", "never",
            "also", "just", "still", "they", "he", "she", "it", "we", "i", "you", "police", "troops", "forces",
            "authorities", "soldiers", "officers", "regime", "government");

    /**
     * True when the date starting at token {@code first} follows, with nothing between, a one-word
     * "-ed" hit that follows a noun-like word, and an earlier hit of the sentence could take it.
     */
    static boolean datesParticiple(int first, List<Token> tokens, List<Hit> hits) {
        for (Hit h : hits) {
            if (h.first() == h.last() && h.last() == first - 1 && h.first() >= 1
                    && tokens.get(h.last()).lower().endsWith("ed") && nounLike(tokens.get(h.first() - 1))
                    && hits.stream().anyMatch(o -> o.last() < h.first())) {
                return true;
            }
        }
        return false;
    }

    private static boolean nounLike(Token t) {
        return t.word() && !NOT_NOUNS.contains(t.lower());
    }
}
