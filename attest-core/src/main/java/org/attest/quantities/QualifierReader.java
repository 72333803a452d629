package org.attest.quantities;

import java.util.List;
import java.util.Set;
import org.attest.model.Qualifier;

/**
 * Finds the qualifier phrase that stands right before a number ("more than", "at least",
 * "an estimated") or right after it ("or more", "2,500+"), by longest match against the lexicon;
 * "even" after a negation ("could not win even 1%") bounds the figure from above.
 */
final class QualifierReader {
    /** A qualifier phrase found: its qualifier, its first and last token, and its words. */
    record Found(Qualifier qualifier, int first, int last, String phrase) {}

    /** Verbs whose particle is "over" ({@code particle-over-verbs.txt}): "handed over 40 files". */
    private static final Set<String> PARTICLE_OVER = Set.copyOf(LexiconReader.words("particle-over-verbs.txt"));

    private final QuantityLexicon lex;

    QualifierReader(QuantityLexicon lex) {
        this.lex = lex;
    }

    /** The qualifier phrase that ends right before token {@code first}, or {@code null}. */
    Found before(List<Token> t, int first) {
        if (first > 0 && t.get(first - 1).isSymbol('~') && !t.get(first).spaceBefore()) {
            return new Found(Qualifier.ABOUT, first - 1, first - 1, "~"); // "~40%", "~2,000 tweets"
        }
        if (first == 0 || !t.get(first - 1).isWord() || !lex.endsQualifier(t.get(first - 1).lower())) {
            return negatedEven(t, first); // no phrase ends at the word before: no key to join
        }
        for (int n = Math.min(lex.longestQualifier(), first); n >= 1; n--) {
            String key = words(t, first - n, first);
            if (key != null) {
                Qualifier q = lex.qualifiers.get(key);
                if (q != null && !particleUp(t, key, first - n) && !particleOver(t, key, first - n)
                        && !prepositionAbout(t, key, first - n)
                        && !pastWithoutChange(t, key, first - n)) {
                    return new Found(q, first - n, first - 1, key);
                }
            }
        }
        return negatedEven(t, first);
    }

    /** Words that deny what "even" and a number after them reach: "not even 10", "never even 1%". */
    private static final Set<String> NEGATIONS = Set.of("not", "never", "no");

    /** Tokens before "even" searched for its negation ("could not obtain even 1%"). */
    private static final int NEGATION_REACH = 3;

    /**
     * "could not obtain even 1%", "did not even draw 50 people": "even" right before the number
     * with a negation shortly before it says the figure was not reached, a bound from above.
     */
    private static Found negatedEven(List<Token> t, int first) {
        int even = first - 1;
        if (even < 1 || !t.get(even).is("even")) {
            return null;
        }
        for (int k = even - 1; k >= 0 && k >= even - NEGATION_REACH; k--) {
            Token tok = t.get(k);
            if (!tok.isWord()) {
                return null;
            }
            String w = tok.lower();
            if (NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n\u2019t")) {
                return new Found(Qualifier.LESS_THAN, even, even, "not even");
            }
        }
        return null;
    }

    /**
     * The qualifier before "a" and a round hundred or thousand in digits ("over a 100 striking
     * workers", "nearly a 1,000 people"): "a 100" is "a hundred" written with digits, and the
     * qualifier before the article bounds it. Null when there is none.
     */
    Found beforeArticle(List<Token> t, NumberMatch m) {
        int a = m.first() - 1;
        if (a < 1 || !t.get(a).is("a") || m.form() != NumberMatch.Form.DIGITS || m.first() != m.last()
                || m.value() != 100 && m.value() != 1000) {
            return null;
        }
        return before(t, a);
    }

    /**
     * True when the phrase "up to" starting at {@code at} follows a verb whose particle is the
     * "up" ("turnout edges up to 49.8%", "losses add up to $2 billion"): a verb and a preposition,
     * not a bound.
     */
    private boolean particleUp(List<Token> t, String key, int at) {
        return key.equals("up to") && at > 0 && t.get(at - 1).isWord()
                && lex.particleUpVerbs.contains(t.get(at - 1).lower());
    }

    /**
     * True when "over" starting at {@code at} follows a verb whose particle it is ("agreed to hand
     * over four villages"): the verb moves the things counted, it bounds nothing.
     */
    private static boolean particleOver(List<Token> t, String key, int at) {
        return key.equals("over") && at > 0 && t.get(at - 1).isWord() && PARTICLE_OVER.contains(t.get(at - 1).lower());
    }

    /**
     * True when "past" starting at {@code at} follows no word of change: "grew past 1,000" bounds
     * the figure, "walked past 300 police" is a place and "the past 24 hours" a time.
     */
    private boolean pastWithoutChange(List<Token> t, String key, int at) {
        return key.equals("past") && (at == 0 || !t.get(at - 1).isWord() || !lex.changeVerbs.contains(t.get(at - 1).lower()));
    }

    /**
     * True when "about" starting at {@code at} is the preposition of the word before it ("we learned
     * about one death", "asked about two detainees"): the figure is then exact.
     */
    private boolean prepositionAbout(List<Token> t, String key, int at) {
        return key.equals("about") && at > 0 && t.get(at - 1).isWord() && lex.aboutWords.contains(t.get(at - 1).lower());
    }

    /**
     * The trailing qualifier phrase ("or more", "or so", or a "+", "-plus" or "-odd" written onto
     * the number) that starts at token {@code at}, or null.
     */
    Found after(List<Token> t, int at) {
        if (at < t.size() && t.get(at).isSymbol('+') && !t.get(at).spaceBefore()) {
            return new Found(Qualifier.AT_LEAST, at, at, "+"); // "2,500+ retweets"
        }
        if (at + 1 < t.size() && t.get(at).isSymbol('-') && !t.get(at).spaceBefore()
                && !t.get(at + 1).spaceBefore()) {
            if (t.get(at + 1).is("plus")) {
                return new Found(Qualifier.AT_LEAST, at, at + 1, "-plus"); // "1,300-plus political prisoners"
            }
            if (t.get(at + 1).is("odd")) {
                return new Found(Qualifier.ABOUT, at, at + 1, "-odd"); // "the 300-odd delegates"
            }
        }
        if (at >= t.size() || !t.get(at).isWord() || !lex.startsTrailingQualifier(t.get(at).lower())) {
            return null; // no phrase starts at the word after: no key to join
        }
        for (int n = 3; n >= 1; n--) {
            if (at + n > t.size()) {
                continue;
            }
            String key = words(t, at, at + n);
            if (key != null) {
                Qualifier q = lex.trailingQualifiers.get(key);
                if (q != null && !opensNextBound(t, at + n)) {
                    return new Found(q, at, at + n - 1, key);
                }
            }
        }
        return null;
    }

    /**
     * True when the token after a trailing phrase turns it into the bound of the next figure: "28
     * deaths and more than 110 injured" is no "28 and more", "34 or less than half" no "34 or less".
     */
    private static boolean opensNextBound(List<Token> t, int next) {
        return next < t.size() && t.get(next).is("than");
    }

    /** The lower-case words of tokens [from, to) joined by spaces, or null if one is not a word. */
    private static String words(List<Token> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            Token tok = t.get(k);
            if (!tok.isWord()) {
                return null;
            }
            if (k > from) {
                sb.append(' ');
            }
            sb.append(tok.lower());
        }
        return sb.toString();
    }
}
