package org.attest.places;

import java.util.Set;

/**
 * A country's name that only says whose money an amount is: "US$20", "HK$ 5", "13 US cents",
 * "500 Hong Kong dollars". The amount names no place; the country is a place only where the text
 * mentions it otherwise.
 */
final class Currencies {
    private static final WordSet NOUNS = WordSet.of(PlaceLexicon.lines("currency-nouns.txt"));

    private Currencies() {
    }

    /** True when a dollar sign or a money noun ({@code currency-nouns.txt}) follows the candidate. */
    static boolean named(Tokens t, Candidate c) {
        int e = t.end[c.last];
        if (e < t.text.length() && t.text.charAt(e) == '$') {
            return true;
        }
        return c.last + 1 < t.size && t.joined(c.last) && NOUNS.has(t, c.last + 1);
    }
}
