package org.attest.quantities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.quantities.NumberMatch.Form;
import org.attest.quantities.QuantityLexicon.NumberWord;
import org.attest.quantities.QuantityLexicon.ScaleSuffix;
import org.attest.quantities.QuantityLexicon.WordKind;

/**
 * Reads the number that starts at a token: digits with an optional scale ("1.5 million",
 * "2.3m", "3bn"), cardinal words ("twenty-five", "three hundred and ten", "a dozen",
 * "half a million"), vague magnitudes ("hundreds", "tens of thousands", "several hundred",
 * "a couple of hundred") and fractions followed by "of" ("two-thirds of"; also "half the"). It
 * does not judge whether the number is a count; {@link Exclusions} does.
 *
 * <p>Vague values follow the gold convention, the named magnitude itself: "hundreds" = 100,
 * "tens of thousands" = 10,000, "dozens" = 12. Before a singular magnitude, "several" and "a
 * few" name no more than it ("several hundred" = 100) and "a couple of" two of it (200); see
 * {@code few-words.tsv}.
 */
final class NumberParser {
    private final QuantityLexicon lex;
    private final FractionReader fractions;

    NumberParser(QuantityLexicon lex) {
        this.lex = lex;
        this.fractions = new FractionReader(lex);
    }

    /** The number starting at token {@code i}, or {@code null} when none starts there. */
    NumberMatch parse(String text, List<Token> t, int i) {
        Token tok = t.get(i);
        NumberMatch ratio = oneIn(t, i);
        if (ratio != null) {
            return ratio;
        }
        if (tok.isNumber()) {
            return andAHalf(t, digits(t, i));
        }
        if (!tok.isWord() || !lex.isOpener(text, tok.start(), tok.end()) && !isArticle(tok)
                && !lex.opensFewWords(tok.lower())) {
            return null;
        }
        NumberMatch m = fractions.read(t, i);
        if (m == null) {
            m = vague(t, i);
        }
        if (m == null) {
            m = words(t, i);
            m = m == null ? null : echoed(t, andAHalf(t, m));
        }
        return m;
    }

    /**
     * "Four (4) of the seven (7) prisoners": legal and NGO reports repeat a number written in words
     * in digits in brackets. The digits belong to the number, so the noun after them is its unit.
     */
    private static NumberMatch echoed(List<Token> t, NumberMatch m) {
        int k = m.last() + 1;
        if (k + 2 >= t.size() || !t.get(k).isSymbol('(') || !t.get(k + 1).isNumber() || !t.get(k + 2).isSymbol(')')
                || t.get(k + 1).number() != m.value()) {
            return m;
        }
        return m.withLast(k + 2, m.value(), m.scale());
    }

    /**
     * "four and a half" is 4.5 and "two and a half million" 2,500,000: the half belongs to the
     * number (so "four and a half hours" is a duration, not a count of four).
     */
    private NumberMatch andAHalf(List<Token> t, NumberMatch m) {
        int k = m.last() + 1;
        if (m.scale() != 1 || k + 2 >= t.size() || !t.get(k).is("and") || !isArticle(t.get(k + 1))
                || !t.get(k + 2).is("half")) {
            return m;
        }
        double value = m.value() + 0.5;
        if (k + 3 < t.size()) {
            NumberWord w = lex.numberWords.get(t.get(k + 3).lower());
            if (w != null && w.kind() == WordKind.SCALE) {
                return m.withLast(k + 3, scaled(value, w.value()), w.value());
            }
        }
        return m.withLast(k + 2, value, 1);
    }

    /**
     * "one in four young people", "3 in 10 voters", "four out of five workers", "nine in every
     * ten": a share, read as a fraction of what follows. The part must be smaller than the whole;
     * above one, the whole must be at most ten or a hundred, and a part in digits reads as a share
     * only before ten or a hundred, or with "out of" or "in every": "arrested 4 in 5 cities"
     * counts people in cities.
     */
    private NumberMatch oneIn(List<Token> t, int i) {
        // the cheap tests first: a symbol has no value (smallValue is 0), and most tokens are
        // followed by neither "in" nor "out"
        Token tok = t.get(i);
        if (!tok.isNumber() && !tok.isWord() || i + 2 >= t.size() || !t.get(i + 1).is("in") && !t.get(i + 1).is("out")) {
            return null;
        }
        double part = smallValue(t.get(i));
        if (part < 1) {
            return null;
        }
        boolean outOf = t.get(i + 1).is("out") && t.get(i + 2).is("of");
        boolean every = t.get(i + 1).is("in") && t.get(i + 2).is("every"); // "one in every five"
        int w = outOf || every ? i + 3 : i + 2;
        if (outOf && w < t.size() && t.get(w).is("every")) {
            every = true; // "one out of every three"
            w++;
        }
        if (w >= t.size() || !outOf && !t.get(i + 1).is("in")) {
            return null;
        }
        Token wholeTok = t.get(w);
        double whole = part == 1 && wholeTok.isNumber() ? wholeTok.number() : smallValue(wholeTok);
        // "more than 2 in 3 voters": a bound before digits says a share is meant, not "4 in 5 cities"
        boolean share = part == 1 ? whole >= 2
                : whole > part && (whole <= 10 || whole == 100)
                && (outOf || every || t.get(i).isWord() || whole == 10 || whole == 100 || boundBefore(t, i));
        return share ? new NumberMatch(i, w, part / whole, 1, Form.SHARE) : null;
    }

    /** True when a qualifier phrase ("more than", "nearly") ends right before token {@code i}. */
    private boolean boundBefore(List<Token> t, int i) {
        StringBuilder key = new StringBuilder();
        for (int k = i - 1; k >= 0 && k >= i - lex.longestQualifier(); k--) {
            if (!t.get(k).isWord()) {
                return false;
            }
            key.insert(0, k == i - 1 ? t.get(k).lower() : t.get(k).lower() + " ");
            if (lex.qualifiers.containsKey(key.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The value of a plain number or a cardinal word below a hundred, else 0. */
    private double smallValue(Token tok) {
        if (tok.isNumber()) {
            return tok.plainDigits() ? tok.number() : 0;
        }
        NumberWord w = tok.isWord() ? lex.numberWords.get(tok.lower()) : null;
        return w != null && (w.kind() == WordKind.UNIT || w.kind() == WordKind.TENS) ? w.value() : 0;
    }

    static boolean isArticle(Token tok) {
        return tok.is("a") || tok.is("an");
    }

    private NumberMatch digits(List<Token> t, int i) {
        double value = t.get(i).number();
        int last = i;
        double scale = 1;
        if (i + 1 < t.size() && t.get(i + 1).isWord()) {
            Token next = t.get(i + 1);
            ScaleSuffix suffix = lex.scaleSuffixes.get(next.lower());
            NumberWord word = lex.numberWords.get(next.lower());
            if (suffix != null && (!next.spaceBefore() || !suffix.attachedOnly())) {
                scale = suffix.multiplier();
            } else if (word != null && next.spaceBefore()
                    && (word.kind() == WordKind.SCALE || word.kind() == WordKind.HUNDRED
                    || word.kind() == WordKind.DOZEN)) {
                scale = word.value();
            }
            if (scale != 1) {
                last = i + 1;
            }
        }
        double hyphenScale = hyphenatedScale(t, i);
        if (scale == 1 && hyphenScale > 1) {
            scale = hyphenScale; // "$1.2-billion package", "a 10-million-toman fine"
            last = i + 2;
        }
        return new NumberMatch(i, last, scaled(value, scale), scale, Form.DIGITS);
    }

    /**
     * The decimal {@code value} times {@code scale}, computed in decimal: "4.1 billion" is
     * 4,100,000,000, where binary floating point gives 4,099,999,999.9999995.
     */
    static double scaled(double value, double scale) {
        return scale == 1 ? value : java.math.BigDecimal.valueOf(value).multiply(java.math.BigDecimal.valueOf(scale)).doubleValue();
    }

    /**
     * The scale of "-billion" or "-million-toman" written onto the digits at {@code i} with a
     * hyphen, or 1 when there is none.
     */
    private double hyphenatedScale(List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i + 1).isSymbol('-') || t.get(i + 1).spaceBefore()
                || !t.get(i + 2).isWord() || t.get(i + 2).spaceBefore()) {
            return 1;
        }
        String w = t.get(i + 2).lower();
        int dash = w.indexOf('-');
        NumberWord word = lex.numberWords.get(dash < 0 ? w : w.substring(0, dash));
        return word != null && word.kind() == WordKind.SCALE ? word.value() : 1;
    }

    private NumberMatch vague(List<Token> t, int i) {
        Token tok = t.get(i);
        Double mag = lex.magnitudes.get(tok.lower());
        if (mag != null) {
            double value = mag;
            int last = i;
            // "hundreds upon hundreds", "dozens and dozens": the repeat stresses the amount, it does not raise it
            if (last + 2 < t.size() && (t.get(last + 1).is("upon") || t.get(last + 1).is("and"))
                    && t.get(last + 2).lower().equals(tok.lower())) {
                last += 2;
            }
            // "tens of thousands", "hundreds of millions": magnitudes multiply across "of"
            while (last + 2 < t.size() && t.get(last + 1).is("of")) {
                Double next = lex.magnitudes.get(t.get(last + 2).lower());
                if (next == null || next <= value) {
                    break;
                }
                value *= next;
                last += 2;
            }
            return new NumberMatch(i, last, value, 1, Form.VAGUE);
        }
        // "several hundred", "a few thousand", "some dozen"
        int n = fewWordsAt(t, i);
        if (n > 0 && i + n < t.size()) {
            NumberWord w = lex.numberWords.get(t.get(i + n).lower());
            if (w != null && (w.kind() == WordKind.HUNDRED || w.kind() == WordKind.SCALE
                    || w.kind() == WordKind.DOZEN)) {
                double times = lex.fewWords.get(join(t, i, n));
                if (w.kind() == WordKind.DOZEN) {
                    // "several dozen" asserts more than one dozen, unlike "several hundred" (few-dozen-words.tsv)
                    times = FEW_DOZENS.getOrDefault(join(t, i, n), times);
                }
                NumberWord scale = w.kind() == WordKind.HUNDRED && i + n + 1 < t.size()
                        ? lex.numberWords.get(t.get(i + n + 1).lower()) : null;
                if (scale != null && scale.kind() == WordKind.SCALE) {
                    // "a few hundred thousand tomans": hundreds of the scale after them, one amount
                    double value = times * w.value() * scale.value();
                    return new NumberMatch(i, i + n + 1, value, w.value() * scale.value(), Form.VAGUE);
                }
                return new NumberMatch(i, i + n, times * w.value(), w.value(), Form.VAGUE);
            }
        }
        return null;
    }

    /** How many dozens a few-word asserts before "dozen", where that differs from few-words.tsv. */
    private static final Map<String, Double> FEW_DOZENS = fewDozens();

    private static Map<String, Double> fewDozens() {
        Map<String, Double> out = new HashMap<>();
        for (String[] r : LexiconReader.rows("few-dozen-words.tsv", 2)) {
            out.put(LexiconReader.phrase(r[0]), LexiconReader.number("few-dozen-words.tsv", r[1]));
        }
        return out;
    }

    /** How many words of a "several" / "a few" / "a couple of" phrase start at {@code i}, or 0. */
    private int fewWordsAt(List<Token> t, int i) {
        if (lex.opensPair(t.get(i).lower())) {
            for (int n = 3; n >= 2; n--) {
                if (i + n < t.size() && lex.fewWords.containsKey(join(t, i, n))) {
                    return n;
                }
            }
        }
        return lex.fewWords.containsKey(t.get(i).lower()) ? 1 : 0;
    }

    /** Cardinal words; an article opens a number only before a scale ("a hundred", "a dozen"). */
    private NumberMatch words(List<Token> t, int i) {
        int j = i;
        boolean article = isArticle(t.get(i));
        if (article) {
            if (i + 1 >= t.size()) {
                return null;
            }
            NumberWord w = lex.numberWords.get(t.get(i + 1).lower());
            if (w == null || w.kind() == WordKind.UNIT || w.kind() == WordKind.TENS) {
                return null;
            }
            j = i + 1;
        }
        double total = 0;
        double current = article ? 1 : 0;
        double scale = 1;
        WordKind lastKind = null;
        int last = -1;
        while (j < t.size()) {
            Token tok = t.get(j);
            if (tok.is("and") && lastKind != null && (lastKind == WordKind.HUNDRED || lastKind == WordKind.SCALE)
                    && j + 1 < t.size() && smallWord(t.get(j + 1))) {
                j++;
                continue;
            }
            double[] parts = hyphenated(tok);
            double[] scaled = j == i && parts == null ? hyphenatedMagnitude(tok) : null;
            NumberWord w = parts == null ? lex.numberWords.get(tok.lower()) : null;
            if (scaled != null) {
                // "nine-million" of "the nine-million-strong electorate": one token, nothing may follow
                return new NumberMatch(i, j, scaled[0] * scaled[1], scaled[1], Form.WORDS);
            }
            if (parts != null) {
                if (lastKind != null && lastKind != WordKind.HUNDRED && lastKind != WordKind.SCALE) {
                    break;
                }
                current += parts[0] + parts[1];
                lastKind = WordKind.UNIT;
            } else if (w == null || !tok.spaceBefore() && j > i) {
                break;
            } else if (w.kind() == WordKind.UNIT || w.kind() == WordKind.TENS) {
                boolean follows = lastKind == null || lastKind == WordKind.HUNDRED || lastKind == WordKind.SCALE
                        || lastKind == WordKind.TENS && w.kind() == WordKind.UNIT && w.value() < 10;
                if (!follows) {
                    break;
                }
                current += w.value();
                lastKind = w.kind();
            } else if (w.kind() == WordKind.HUNDRED || w.kind() == WordKind.DOZEN) {
                current = Math.max(current, 1) * w.value();
                scale = w.value();
                lastKind = WordKind.HUNDRED;
            } else {
                if (lastKind == WordKind.SCALE) {
                    break;
                }
                total += Math.max(current, 1) * w.value();
                current = 0;
                scale = w.value();
                lastKind = WordKind.SCALE;
            }
            last = j;
            j++;
        }
        if (last < 0) {
            return null;
        }
        return new NumberMatch(i, last, total + current, scale, Form.WORDS);
    }

    private boolean smallWord(Token tok) {
        NumberWord w = lex.numberWords.get(tok.lower());
        return w != null && (w.kind() == WordKind.UNIT || w.kind() == WordKind.TENS) || hyphenated(tok) != null;
    }

    /**
     * "nine-million", "two-thousand": a cardinal word hyphenated to a scale word, as a
     * "-strong" compound is written, as {9, 1000000}; null for anything else.
     */
    private double[] hyphenatedMagnitude(Token tok) {
        NumberWord[] parts = hyphenParts(tok);
        if (parts == null || parts[0].kind() != WordKind.UNIT && parts[0].kind() != WordKind.TENS
                || parts[1].kind() != WordKind.SCALE) {
            return null;
        }
        return new double[] {parts[0].value(), parts[1].value()};
    }

    /** "twenty-five" as {20, 5}; null for anything else ("eight-year", "anti-regime"). */
    private double[] hyphenated(Token tok) {
        NumberWord[] parts = hyphenParts(tok);
        if (parts == null || parts[0].kind() != WordKind.TENS || parts[1].kind() != WordKind.UNIT
                || parts[1].value() >= 10) {
            return null;
        }
        return new double[] {parts[0].value(), parts[1].value()};
    }

    /** The number words on both sides of a word's first hyphen ("twenty-five", "nine-million"), or null. */
    private NumberWord[] hyphenParts(Token tok) {
        int dash = tok.lower().indexOf('-');
        if (!tok.isWord() || dash < 0) {
            return null;
        }
        NumberWord left = lex.numberWords.get(tok.lower().substring(0, dash));
        NumberWord right = lex.numberWords.get(tok.lower().substring(dash + 1));
        return left == null || right == null ? null : new NumberWord[] {left, right};
    }

    static String join(List<Token> t, int i, int n) {
        if (n == 1) {
            return t.get(i).lower();
        }
        StringBuilder sb = new StringBuilder();
        for (int k = i; k < i + n && k < t.size(); k++) {
            if (k > i) {
                sb.append(' ');
            }
            sb.append(t.get(k).lower());
        }
        return sb.toString();
    }
}
