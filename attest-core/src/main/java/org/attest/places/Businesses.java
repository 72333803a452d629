package org.attest.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names a text uses for a shop or a chain: "arrested in a McDonald's". No town is written with an
 * indefinite article and a possessive ending; once a name is so used, its other possessive mentions
 * ("left the McDonald's") are the shop too. GeoNames has such names as towns' alternates.
 */
final class Businesses {
    private Businesses() {}

    /** Rejects the candidates of one word, no cue and no region, that name a business the text names so. */
    static void reject(Tokens t, List<Candidate> cands) {
        Set<String> named = named(t);
        if (named.isEmpty()) {
            return;
        }
        for (Candidate c : cands) {
            if (c.alive() && c.words() == 1 && c.cueKind == null && c.regions.isEmpty()
                    && possessive(t, c.last) && named.contains(t.folded(c.first))) {
                c.rejected = "business name";
            }
        }
    }

    /** The folded words written "a X's" or "an X's". */
    private static Set<String> named(Tokens t) {
        Set<String> out = new HashSet<>();
        for (int i = 1; i < t.size; i++) {
            // the capital first: folding the word before each word of the text cost more than the rest
            if (!t.capitalized(i) || !t.joined(i - 1) || t.capitalized(i - 1)) {
                continue;
            }
            String before = t.folded(i - 1);
            if ((before.equals("a") || before.equals("an")) && possessive(t, i)) {
                out.add(t.folded(i));
            }
        }
        return out;
    }

    /** True when word {@code i} ends in an apostrophe and "s": "McDonald's". */
    private static boolean possessive(Tokens t, int i) {
        if (i + 1 >= t.size || !t.is(i + 1, "s") || t.start[i + 1] - t.end[i] != 1) {
            return false;
        }
        char c = t.text.charAt(t.end[i]);
        return c == '\'' || c == '\u2019';
    }
}
