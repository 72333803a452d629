package org.attest.quantities;

import java.util.List;

/**
 * A name of two or more capitalised words before a lower-case counted noun: "40 of the 120
 * State Duma seats", "dozens of Green Party candidates", "300 Red Crescent volunteers". The
 * name says whose or where the things counted are, as a people's adjective does
 * ({@link PeopleAdjectives}), so the unit leaves it out ("seats", "candidates", "volunteers"). A single
 * capitalised word stays ("Hamas members": the word names the kind of member). Asked by
 * {@link PeopleAdjectives#dropped}, which keeps the name before a noun that keeps its adjective
 * ("New Zealand nationals").
 */
final class NamedOwners {
    /** At least this many capitalised words make a name rather than a kind ("Hamas members"). */
    private static final int NAME_WORDS = 2;

    private NamedOwners() {}

    /**
     * The first token of the unit [first, last] without a name of {@value #NAME_WORDS} or more
     * capitalised words that opens it before a lower-case word; {@code first} when there is none.
     */
    static int dropped(String text, List<Token> t, int first, int last) {
        if (first >= last) {
            return first;
        }
        int k = first;
        while (k <= last && nameWord(text, t.get(k), k == first)) {
            k++;
        }
        if (k - first < NAME_WORDS || k > last) {
            return first; // one capitalised word, or the whole unit is the name ("Revolutionary Guards")
        }
        Token next = t.get(k);
        return next.isWord() && next.spaceBefore() && !next.capitalized(text) ? k : first;
    }

    private static boolean nameWord(String text, Token tok, boolean opening) {
        return tok.isWord() && (opening || tok.spaceBefore()) && tok.capitalized(text);
    }
}
