package org.attest.quantities;

import java.util.List;

/**
 * Digits that belong to a name: a capitalised word right before a bare number, with nothing
 * after it that a count would take ("Ward 30 of", "Gate 4."), or with a lower-case singular noun
 * that ends its phrase ("the Harbour 12 bridge on", "told Channel 7 television that"): a count
 * above one takes a plural. Not after a qualifier ("Nearly 30 ..."), an opening quote, or in a
 * title-case headline. Asked by {@link Exclusions}.
 */
final class NumberedNames {
    /** Shortest word taken for a singular noun after the number. */
    private static final int MIN_NOUN = 3;

    private final QuantityLexicon lex;

    NumberedNames(QuantityLexicon lex) {
        this.lex = lex;
    }

    /** True when the number {@code m} belongs to the name before it. */
    boolean nameWithNumber(String text, List<Token> t, NumberMatch m, Token prev, Token next, boolean qualified) {
        Token first = t.get(m.first());
        if (!first.isNumber() || !first.plainDigits() || m.first() != m.last() || prev == null
                || !prev.capitalized(text) || m.first() < 2 || qualified || lex.qualifiers.containsKey(prev.lower())
                || Exclusions.titleCase(text, t)) {
            return false;
        }
        if (!Exclusions.openingQuote(t.get(m.first() - 2)) && (next == null || !next.isWord()
                || next.capitalized(text) && !adjectiveBeforeNoun(text, t, m.last() + 1)
                || lex.unitStopWords.contains(next.lower()) && !lex.unitModifiers.contains(next.lower()))) {
            // "Ward 30 of", not "On Monday 30 more workers joined" nor "Jalili 9.47 million ("
            return true;
        }
        return first.number() > 1 && prev.isWord() && singularHead(text, t, m.last() + 1);
    }

    /**
     * True when the capitalised word at {@code k} is a people's adjective before a lower-case
     * plural ("in Rome 62 Italian senators signed"): a count's noun follows, no name.
     */
    private static boolean adjectiveBeforeNoun(String text, List<Token> t, int k) {
        if (k + 1 >= t.size() || !PeopleAdjectives.is(text, t, k)) {
            return false;
        }
        Token noun = t.get(k + 1);
        return noun.isWord() && !noun.capitalized(text) && PluralNouns.plural(noun.lower());
    }

    /**
     * True when the word at {@code k} is a lower-case singular noun that ends its phrase (a
     * function word, a mark or the end after it): no plural ("-s", "-men", "people", "police"),
     * no participle ("-ed"), no modifier, measure, number word or currency.
     */
    private boolean singularHead(String text, List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).isWord() || t.get(k).capitalized(text)) {
            return false;
        }
        String w = t.get(k).lower();
        if (w.length() < MIN_NOUN || w.endsWith("s") || w.endsWith("men") || w.endsWith("ed")
                || lex.pluralsWithoutS.contains(w) || lex.unitStopWords.contains(w) || lex.unitModifiers.contains(w)
                || lex.nonCountNouns.contains(w) || lex.numberWords.containsKey(w) || lex.currencies.containsKey(w)) {
            return false;
        }
        Token after = k + 1 < t.size() ? t.get(k + 1) : null;
        return after == null || !after.isWord() || lex.unitStopWords.contains(after.lower());
    }
}
