package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A body named by the people it gathers: "a collective of defence lawyers", "an association of
 * journalists", "a coalition of rights groups". What it says is the body's statement, though its
 * members alone ("lawyers said", "journalists said") would only be sources, and though "a" opens
 * it: the article names no person whose name is withheld, as in "a spokesman", but a body the
 * report describes instead of naming.
 */
final class BodiesOfPeople {
    /** Nouns of such bodies: "collective", "coalition", "association". */
    private static final Set<String> BODIES = WordSets.named("bodies-of-people");
    /** Words between "of" and the members: "a collective of defence lawyers". */
    private static final int MODIFIERS = 3;

    private BodiesOfPeople() {}

    /** True when the subject from {@code from} opens with an article, a body noun and "of": "A collective of ...". */
    static boolean opens(List<Token> tokens, int from, int to) {
        int k = from + 1;
        while (k < to && tokens.get(k).word() && !tokens.get(k).capitalised() && !BODIES.contains(tokens.get(k).lower())
                && k - from <= MODIFIERS) {
            k++; // "a national coalition of"
        }
        return k + 1 <= to && BODIES.contains(tokens.get(k).lower()) && tokens.get(k + 1).lower().equals("of");
    }

    /** True when the members' word at {@code k} follows a body noun and "of" in the subject opening at {@code from}. */
    static boolean member(List<Token> tokens, int from, int k) {
        for (int j = k - 1, words = 0; j > from && words <= MODIFIERS; j--, words++) {
            if (!tokens.get(j).word()) {
                return false;
            }
            if (tokens.get(j).lower().equals("of")) {
                return BODIES.contains(tokens.get(j - 1).lower());
            }
        }
        return false;
    }
}
