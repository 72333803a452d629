package org.attest.quantities;

import java.util.List;

/**
 * A lone "one" that counts a person ("One protester was killed", "confirmed one death", "arrested
 * one journalist"), where other lone "one"s are pronouns or determiners ("one of the organisers",
 * "one day"). Asked by {@link Exclusions}.
 */
final class LoneOnes {
    /** How many words after the noun of "one" its people verb may stand: "One gendarme has also been killed". */
    private static final int CASUALTY_VERB_REACH = 4;

    private final QuantityLexicon lex;

    LoneOnes(QuantityLexicon lex) {
        this.lex = lex;
    }

    /**
     * "One protester was killed", "one child died": "one" before a lower-case noun that a people
     * verb follows within a few words, or before a noun of a toll ("one death"), counts a casualty
     * or an arrest.
     */
    boolean casualty(String text, List<Token> t, int noun) {
        if (noun >= t.size() || !t.get(noun).isWord() || t.get(noun).capitalized(text)
                || lex.unitStopWords.contains(t.get(noun).lower())
                || lex.nonCountNouns.contains(t.get(noun).lower())) {
            return false;
        }
        if (lex.tollNouns.containsValue(Plurals.plural(t.get(noun).lower()))) {
            return true; // "confirmed one death", "with one casualty": a toll of one
        }
        for (int k = noun + 1; k < t.size() && k <= noun + CASUALTY_VERB_REACH; k++) {
            if (!t.get(k).isWord()) {
                return false;
            }
            if (lex.peopleVerbs.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "killing one man", "arrested one journalist": "one" and a lower-case count noun as the object
     * of a verb whose object is people counts one person.
     */
    boolean object(String text, List<Token> t, NumberMatch m) {
        int noun = m.last() + 1;
        if (m.first() < 1 || noun >= t.size() || !t.get(m.first() - 1).isWord()
                || !lex.peopleObjectVerbs.contains(t.get(m.first() - 1).lower())) {
            return false;
        }
        Token n = t.get(noun);
        return n.isWord() && !n.capitalized(text) && !lex.unitStopWords.contains(n.lower())
                && !lex.nonCountNouns.contains(n.lower()) && !n.is("of");
    }
}
