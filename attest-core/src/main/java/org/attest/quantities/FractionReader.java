package org.attest.quantities;

import java.util.List;
import org.attest.quantities.NumberMatch.Form;
import org.attest.quantities.QuantityLexicon.NumberWord;
import org.attest.quantities.QuantityLexicon.WordKind;

/**
 * Reads fractions for {@link NumberParser}: a fraction that scales a scale word ("half a million",
 * "a quarter million", "a quarter of a million", "half-a-dozen" written as one word), or a share
 * followed by "of" ("two-thirds of", also "half the"), or a share that a qualifier bounds and
 * that stands alone ("more than half had been released", "fell by as much as a quarter since"),
 * whose value is the fraction itself.
 */
final class FractionReader {
    private final QuantityLexicon lex;
    private final QualifierReader qualifiers;

    FractionReader(QuantityLexicon lex) {
        this.lex = lex;
        this.qualifiers = new QualifierReader(lex);
    }

    /** The fraction amount starting at token {@code i}, or {@code null}. */
    NumberMatch read(List<Token> t, int i) {
        NumberMatch glued = gluedFraction(t.get(i), i);
        if (glued != null) {
            return glued;
        }
        for (int n = 2; n >= 1; n--) {
            if (i + n > t.size() || n == 2 && !lex.opensPair(t.get(i).lower())) {
                continue;
            }
            String key = NumberParser.join(t, i, n);
            Double f = lex.fractions.get(key);
            if (f == null) {
                continue;
            }
            int after = i + n;
            // "half a million": the fraction scales a following "a" + scale word
            if (after + 1 < t.size() && NumberParser.isArticle(t.get(after))) {
                NumberWord w = lex.numberWords.get(t.get(after + 1).lower());
                if (w != null && w.kind() != WordKind.UNIT && w.kind() != WordKind.TENS) {
                    return new NumberMatch(i, after + 1, f * w.value(), w.value(), Form.WORDS);
                }
            }
            // "a quarter million", "half million": the fraction scales the scale word right after it
            if (after < t.size() && t.get(after).spaceBefore()) {
                NumberWord w = lex.numberWords.get(t.get(after).lower());
                if (w != null && w.kind() == WordKind.SCALE) {
                    return new NumberMatch(i, after, f * w.value(), w.value(), Form.WORDS);
                }
            }
            // "a quarter of a million": the fraction scales the "a" + scale word after its "of"
            if (after + 2 < t.size() && t.get(after).is("of") && NumberParser.isArticle(t.get(after + 1))) {
                NumberWord w = lex.numberWords.get(t.get(after + 2).lower());
                if (w != null && w.kind() == WordKind.SCALE) {
                    return new NumberMatch(i, after + 2, f * w.value(), w.value(), Form.WORDS);
                }
            }
            boolean halfThe = key.equals("half") && after < t.size()
                    && (t.get(after).is("the") || t.get(after).is("their") || t.get(after).is("its"));
            if (after < t.size() && t.get(after).is("of") || halfThe) {
                return new NumberMatch(i, after - 1, f, 1, Form.FRACTION); // "half of the", "half the"
            }
            if (standsAlone(t, after) && qualifiers.before(t, i) != null) {
                return new NumberMatch(i, after - 1, f, 1, Form.FRACTION); // "more than half had left"
            }
            return null;
        }
        return null;
    }

    /**
     * True when no noun follows the fraction at {@code after}: the text ends, a punctuation mark
     * closes it, or a function word or verb comes next ("had", "since"), not an article ("half
     * an hour") or a noun.
     */
    private boolean standsAlone(List<Token> t, int after) {
        if (after >= t.size()) {
            return true;
        }
        Token next = t.get(after);
        if (!next.isWord()) {
            return next.isSymbol(',') || next.isSymbol('.') || next.isSymbol(';') || next.isSymbol(':');
        }
        return lex.unitStopWords.contains(next.lower()) && !NumberParser.isArticle(next);
    }

    /**
     * "half-a-dozen", "half-a-million": a fraction, an article and a dozen or scale written as
     * one hyphenated word, read as "half a dozen" is; null for any other word.
     */
    private NumberMatch gluedFraction(Token tok, int i) {
        String[] parts = tok.isWord() ? tok.lower().split("-") : null;
        if (parts == null || parts.length != 3 || !parts[1].equals("a") && !parts[1].equals("an")) {
            return null;
        }
        Double f = lex.fractions.get(parts[0]);
        NumberWord w = lex.numberWords.get(parts[2]);
        if (f == null || w == null || w.kind() == WordKind.UNIT || w.kind() == WordKind.TENS) {
            return null;
        }
        return new NumberMatch(i, i, f * w.value(), w.value(), Form.WORDS);
    }
}
