package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * Numbers that label rather than count: "Article 5", "Ward 209", "No. 3", "aged 29", "the age of
 * 18", "aged between 18 and 25", and "16" of "aged 13 and 16" or "aged 13-16", "24" and "40" of
 * "aged 21, 24 and 40" (words in {@code label-words.txt}). A label word used as a verb ("to block
 * 26 sites") labels nothing. Asked by {@link Exclusions}.
 */
final class Labels {
    /** Words after which a label word is a verb: "to block 26 sites", "will file 12 cases". */
    private static final Set<String> VERB_OPENERS = Set.of("to", "will", "would", "could", "can", "may", "might",
            "must", "should", "shall");

    private final QuantityLexicon lex;

    Labels(QuantityLexicon lex) {
        this.lex = lex;
    }

    /** True when the number at {@code first} (not the first token) is labelled by the words before it. */
    boolean label(List<Token> t, int first) {
        Token prev = t.get(first - 1);
        if (prev.isWord() && lex.labelWords.contains(prev.lower())) {
            return true;
        }
        if ((prev.is("and") || prev.is("or") || prev.is("to") || prev.isSymbol('-') || prev.isSymbol('\u2013'))
                && first >= 3 && t.get(first - 2).isNumber() && label(t, first - 2)) {
            return true; // "25" of "aged 18-25", "aged 13 and 16"
        }
        if (prev.isSymbol(',') && first >= 3 && t.get(first - 2).isNumber() && listGoesOn(t, first)
                && label(t, first - 2)) {
            return true; // "24" of "aged 21, 24 and 40": the list of ages goes on after the comma
        }
        if ((prev.is("between") || prev.is("from")) && first >= 2 && t.get(first - 2).isWord()
                && lex.labelWords.contains(t.get(first - 2).lower())) {
            return true; // "aged between 18 and 25"
        }
        if (prev.isSymbol('.') && first >= 2 && t.get(first - 2).isWord()
                && lex.labelWords.contains(t.get(first - 2).lower() + ".")) {
            return true;
        }
        return prev.is("of") && first >= 2 && (t.get(first - 2).is("age") || t.get(first - 2).is("ages"));
    }

    /**
     * True when the label word right before {@code m} is a verb whose object {@code m} counts: after
     * "to" or a modal, in lower case, with a lower-case word after the number that goes on the
     * noun phrase ("vowed to block 26 news sites"); "taken to ward 5 on Monday" keeps its label.
     */
    boolean labelVerb(String text, List<Token> t, NumberMatch m) {
        int word = m.first() - 1;
        Token next = m.last() + 1 < t.size() ? t.get(m.last() + 1) : null;
        return word >= 1 && t.get(word).isWord() && !t.get(word).capitalized(text)
                && VERB_OPENERS.contains(t.get(word - 1).lower()) && next != null && next.isWord()
                && !next.capitalized(text) && !lex.unitStopWords.contains(next.lower());
    }

    /** True when the number at {@code first} is one token and a comma, "and" or "or" follows it. */
    private static boolean listGoesOn(List<Token> t, int first) {
        if (!t.get(first).isNumber() || first + 1 >= t.size()) {
            return false;
        }
        Token next = t.get(first + 1);
        return next.isSymbol(',') || next.is("and") || next.is("or");
    }
}
