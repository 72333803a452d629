package org.attest.quantities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A lone "one" that counts a person ("One protester was killed", "confirmed one death", "arrested
 * one journalist"), where other lone "one"s are pronouns or determiners ("one of the organisers",
 * "one day"). Asked by {@link Exclusions}.
 */
final class LoneOnes {
    /** How many words after the noun of "one" its people verb may stand: "One gendarme has also been killed". */
    private static final int CASUALTY_VERB_REACH = 4;

    private final QuantityLexicon lex;
    /**
     * Plurals of the toll nouns that name the harm itself ("deaths" of "death toll", "casualties"),
     * not the people a toll or a crowd is of ("people", "workers" of "workforce").
     */
    private final Set<String> harmNouns;

    LoneOnes(QuantityLexicon lex) {
        this.lex = lex;
        Set<String> harms = new HashSet<>();
        lex.tollNouns.forEach((key, plural) -> {
            for (String word : key.split(" ")) {
                if (Plurals.plural(word).equals(plural)) {
                    harms.add(plural);
                }
            }
        });
        this.harmNouns = Set.copyOf(harms);
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
        if (harmNouns.contains(Plurals.plural(t.get(noun).lower()))) {
            return true; // "confirmed one death", "with one casualty": a toll of one; not "one worker told"
        }
        for (int k = noun + 1; k < t.size() && k <= noun + CASUALTY_VERB_REACH; k++) {
            if (!t.get(k).isWord()) {
                return false;
            }
            if (lex.peopleVerbs.contains(t.get(k).lower()) || harmSuffered(t, k)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of a harm suffered, which need a noun of harm after them. */
    private static final Set<String> SUFFERED = Set.of("sustained", "suffered");

    /** Nouns of bodily harm. */
    private static final Set<String> HARMS = Set.of("wound", "wounds", "injury", "injuries", "burns", "fractures");

    /** How many words after the verb of harm its noun may stand: "sustained serious gunshot wounds". */
    private static final int HARM_REACH = 3;

    /** "one policeman sustained gunshot wounds", "one woman suffered injuries": a casualty without a people verb. */
    private static boolean harmSuffered(List<Token> t, int verb) {
        if (!SUFFERED.contains(t.get(verb).lower())) {
            return false;
        }
        for (int k = verb + 1; k < t.size() && k <= verb + HARM_REACH && t.get(k).isWord(); k++) {
            if (HARMS.contains(t.get(k).lower())) {
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

    /** How many tokens before "and" the number of the other count may stand: "four young men and one woman". */
    private static final int PARTNER_REACH = 4;

    /**
     * "four men and one woman", "one soldier and two civilians", "two Kenyan nationals and one
     * Somali national": "one" and a lower-case noun (a capitalised adjective allowed before it) joined
     * by "and" or "or" to another count of the same kind is a count itself, a part of the whole.
     */
    boolean coordinated(String text, List<Token> t, NumberMatch m) {
        int noun = m.last() + 1;
        if (noun + 1 < t.size() && t.get(noun).isWord() && t.get(noun).capitalized(text)
                && countNoun(text, t.get(noun + 1))) {
            noun++; // "seven Yemeni nationals and one Syrian national": a people's adjective before the noun
        }
        if (noun >= t.size() || !countNoun(text, t.get(noun))) {
            return false;
        }
        int before = m.first() - 1;
        if (before >= 1 && (t.get(before).is("and") || t.get(before).is("or"))
                && countNoun(text, t.get(before - 1))) {
            for (int k = before - 2; k >= 0 && k >= before - 1 - PARTNER_REACH; k--) {
                if (t.get(k).isNumber() || t.get(k).isWord() && lex.numberWords.containsKey(t.get(k).lower())) {
                    return true;
                }
                if (!t.get(k).isWord()) {
                    return false;
                }
            }
        }
        int after = noun + 1;
        return after + 2 < t.size() && (t.get(after).is("and") || t.get(after).is("or"))
                && (t.get(after + 1).isNumber() || lex.numberWords.containsKey(t.get(after + 1).lower()))
                && countNoun(text, t.get(after + 2));
    }

    /** A lower-case word that may be the noun of a count: no function word, no time or measure. */
    private boolean countNoun(String text, Token n) {
        return n.isWord() && n.spaceBefore() && !n.capitalized(text) && !lex.unitStopWords.contains(n.lower())
                && !lex.nonCountNouns.contains(n.lower()) && !lex.numberWords.containsKey(n.lower());
    }
}
