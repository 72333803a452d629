package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * The label under a pull quote or a quoted slogan: "\"Woman, Life, Freedom\" - slogan chanted at
 * protests", "Slogan chanted at the university". A bare noun of a quoted text ({@code
 * quote-label-nouns}: slogan, banner, placard) opening the line or following a dash, with the
 * participle right after it, names where the words were seen or heard; the line has no verb of its
 * own and tells no event (the body tells the protest). "Protesters chanted slogans" and "the
 * slogan was chanted in ten cities", where the noun is no bare label, are left alone. Static
 * helper of {@link NegationPass}.
 */
final class QuoteLabels {
    private QuoteLabels() {}

    /** Nouns of quoted words that label a pull quote: "slogan chanted at ...". */
    private static final Set<String> NOUNS = WordSets.named("quote-label-nouns");
    /** Dashes that part a pull quote from its label. */
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");

    /** True when the hit is the participle of a pull quote's label: "- slogan chanted at protests". */
    static boolean label(List<Token> tokens, Hit h) {
        int p = h.first();
        if (p != h.last() || p < 1 || !tokens.get(p).lower().endsWith("ed")) {
            return false;
        }
        Token noun = tokens.get(p - 1);
        if (!noun.word() || !NOUNS.contains(noun.lower())) {
            return false;
        }
        return p == 1 || DASHES.contains(tokens.get(p - 2).surface());
    }
}
