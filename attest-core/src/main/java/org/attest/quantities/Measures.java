package org.attest.quantities;

import java.util.List;

/**
 * Numbers that measure rather than count, read from the words around them: the first of two
 * numbers that share one time noun hyphenated onto the second ("15 and 12-year sentences"), a
 * number with a fraction written onto it before a time noun ("2½ years"), and the block of a
 * street address ("the 3000 block of Main Street"); the first side of a size ("3 by 5 meters").
 */
final class Measures {
    /** Fractions written as one character onto digits: "2½". */
    private static final String VULGAR_FRACTIONS = "\u00bd\u00bc\u00be\u2153\u2154";

    private Measures() {}

    /**
     * True when "and", "or" or "to" and a number hyphenated onto a time or measure noun follow
     * {@code m}, which shares that noun: "received 15 and 12-year jail sentences", "10 to 15-year terms".
     */
    static boolean sharedMeasure(QuantityLexicon lex, List<Token> t, NumberMatch m) {
        int k = m.last() + 2;
        if (k + 1 < t.size() && t.get(k).isNumber() && (t.get(k - 1).is("by") || t.get(k - 1).is("x"))
                && t.get(k + 1).isWord() && lex.nonCountNouns.contains(t.get(k + 1).lower())) {
            return true; // "a banner of about 3 by 5 meters": the sides of one measure
        }
        if (k + 2 >= t.size() || !t.get(k).isNumber()) {
            return false;
        }
        Token link = t.get(m.last() + 1);
        Token dash = t.get(k + 1);
        Token noun = t.get(k + 2);
        return (link.is("and") || link.is("or") || link.is("to"))
                && (dash.isSymbol('-') || dash.isSymbol('\u2010') || dash.isSymbol('\u2011')) && !dash.spaceBefore()
                && noun.isWord() && !noun.spaceBefore() && lex.nonCountNouns.contains(noun.lower());
    }

    /** True when a fraction character is written onto {@code m} before a time or measure noun: "2½ years". */
    static boolean fractionOfMeasure(QuantityLexicon lex, List<Token> t, NumberMatch m) {
        int f = m.last() + 1;
        if (f + 1 >= t.size()) {
            return false;
        }
        Token fraction = t.get(f);
        return !fraction.spaceBefore() && fraction.lower().length() == 1
                && VULGAR_FRACTIONS.indexOf(fraction.lower().charAt(0)) >= 0
                && lex.nonCountNouns.contains(t.get(f + 1).lower());
    }

    /** True when digits stand before "block of": "the 3000 block of Nicollet Avenue" is an address. */
    static boolean blockOf(List<Token> t, NumberMatch m) {
        Token first = t.get(m.first());
        return first.isNumber() && first.plainDigits() && m.last() + 2 < t.size()
                && t.get(m.last() + 1).is("block") && t.get(m.last() + 2).is("of");
    }
}
