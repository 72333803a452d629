package org.attest.quantities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attest.quantities.NumberMatch.Form;

/**
 * Reads what a number counts. In order: a percent sign or word; a currency word after the
 * number ("5 million rials", "5 million US dollars"; both read by {@link CurrencyUnits}); the counted noun phrase after it
 * ({@link NounPhraseReader}: "peaceful demonstrators", "of political prisoners" after a vague
 * amount; "seats" of "112 of the 290 seats", the span staying on the part). When nothing
 * follows, {@link UnitInference} infers the unit from the context.
 */
final class UnitReader {
    /**
     * What was found.
     *
     * @param unit     the unit, or {@code null}
     * @param last     the last token of the quantity's span (the number's when the unit is not
     *                 written after it)
     * @param source   how the unit was found: percent, currency, phrase, whole, strong, compound, earlier, verb, crowd,
     *                 object-of-verb, toll, number-of, label, sibling, change, none
     * @param nonCount true when the number counts time or measure, so is no quantity
     */
    record Unit(String unit, int last, String source, boolean nonCount) {}

    private final QuantityLexicon lex;
    private final NounPhraseReader phrases;
    private final UnitInference inference;
    private final CurrencyUnits currencies;

    UnitReader(QuantityLexicon lex) {
        this.lex = lex;
        this.phrases = new NounPhraseReader(lex);
        this.inference = new UnitInference(lex, phrases);
        this.currencies = new CurrencyUnits(lex);
    }

    /**
     * @param after       index of the first token after the number
     * @param numberFirst index of the first token of the quantity (qualifier included)
     * @param earlier     the quantities before it in the same context
     */
    Unit read(String text, List<Token> t, int after, Form form, int numberFirst, UnitInference.Earlier earlier) {
        if (closingQuote(t, after)) {
            // '"tens of thousands" of retirees', '"fewer than 400" workers': the noun after the quote
            Unit quoted = read(text, t, after + 1, form, numberFirst, earlier);
            if (quoted.nonCount() || "phrase".equals(quoted.source()) || "whole".equals(quoted.source())) {
                return quoted;
            }
        }
        if (openingQuote(t, after)) {
            // 'between 2,000 and 3,000 "rioters"': the quoted noun is the unit, the quotes only
            // distance the writer from the word
            Unit quoted = phrases.phrase(text, t, after + 1);
            if (quoted != null && !quoted.nonCount()) {
                int close = quoted.last() + 1;
                boolean closed = close < t.size() && !t.get(close).spaceBefore()
                        && (t.get(close).isSymbol('"') || t.get(close).isSymbol('\u201d'));
                return closed ? new Unit(quoted.unit(), close, quoted.source(), false) : quoted;
            }
        }
        int last = after - 1;
        Unit hyphenated = currencies.hyphenatedCurrency(t, after);
        if (hyphenated != null) {
            return hyphenated;
        }
        if (after < t.size()) {
            Unit special = currencies.percentOrCurrency(text, t, after);
            if (special != null) {
                return special;
            }
        }
        if (strong(t, after)) {
            // "a 5,000-strong crowd": the noun after "-strong", and people when there is none or
            // it names a gathering ("thousands-strong protests" are of people)
            Unit phrase = phrases.phrase(text, t, after + 2);
            boolean gathering = after + 2 < t.size() && lex.gatheringNouns.contains(t.get(after + 2).lower());
            return phrase != null && !phrase.nonCount() && !gathering ? phrase
                    : new Unit("people", after + 1, "strong", false);
        }
        String compound = hyphenatedNoun(t, after);
        if (compound != null) {
            return new Unit(compound, after + 1, "compound", false); // "the 290-member parliament"
        }
        int j = after;
        if (form == Form.VAGUE || form == Form.FRACTION) {
            // "thousands of prisoners", "half of the votes"; "several hundred villagers" has no "of"
            if (j < t.size() && t.get(j).is("of")) {
                j++;
                Unit named = numberedNoun(text, t, j);
                if (named != null) {
                    return named;
                }
                j = skipDeterminer(t, j);
            } else if (form == Form.FRACTION) {
                j = j < t.size() && isDeterminer(t.get(j)) ? skipDeterminer(t, j) : -1; // "half the detainees"
            } else if (bareCrowd(t, after, verbAfterMore(t, after))) {
                // "Tens of thousands rally", "Hundreds braved the rain", "Dozens more were hurt": a
                // plural amount standing alone is the subject, and what follows is its verb
                int verb = verbAfterMore(t, after);
                Unit inferred = inference.infer(text, t, verb, last, numberFirst, earlier);
                return inferred.unit() != null || verb >= t.size() || !t.get(verb).isWord() ? inferred
                        : new Unit("people", last, "crowd", false);
            } else if (j < t.size() && lex.headlineVerbs.contains(t.get(j).lower())) {
                j = -1; // "Several hundred march on parliament": a verb, the people are meant
            }
        } else if (j + 1 < t.size() && t.get(j).is("of")
                && (isDeterminer(t.get(j + 1)) || isPossessive(t.get(j + 1)) || ownerPronoun(t.get(j + 1)))) {
            j = skipDeterminer(t, j + 1);
            if (j + 1 < t.size() && t.get(j).isWord() && lex.qualifiers.containsKey(t.get(j).lower())
                    && t.get(j + 1).isNumber()) {
                j++; // "7,000 of the roughly 16,000 hopefuls": the whole's own qualifier
            }
        } else if (j + 1 < t.size() && t.get(j).is("of") && t.get(j + 1).isNumber()) {
            j++; // "won 190 of 290 seats": the whole without "the"
        } else if (j + 2 < t.size() && t.get(j).is("of") && t.get(j + 1).isWord()
                && lex.qualifiers.containsKey(t.get(j + 1).lower()) && t.get(j + 2).isNumber()) {
            j += 2; // "detained 420 of about 500 demonstrators": a whole with a qualifier of its own
        } else if (j + 1 < t.size() && t.get(j).is("of") && pluralPartitive(text, t, j + 1)) {
            j++; // "at least 56 of protesters", "1,500 of the group's supporters" written without "the"
        } else if (j + 2 < t.size() && t.get(j).is("out") && t.get(j + 1).is("of")) {
            // "157 out of the 165 districts", "35 out of 47 counties": the part of a whole read below
            int whole = isDeterminer(t.get(j + 2)) ? skipDeterminer(t, j + 2) : j + 2;
            if (whole < t.size() && t.get(whole).isNumber()) {
                j = whole;
            }
        }
        if (j >= 0 && j > after && j < t.size()
                && (t.get(j).isNumber() || lex.numberWords.containsKey(t.get(j).lower()))) { // "of the 290", "of the seven"
            Unit whole = ofTheWhole(text, t, j, last);
            if (whole != null) {
                return whole;
            }
        }
        if (j >= 0) {
            Unit phrase = phrases.phrase(text, t, j);
            if (phrase != null) {
                return phrase;
            }
        }
        Unit changed = fromTo(text, t, after, last, numberFirst);
        if (changed != null) {
            return changed;
        }
        Unit shared = sharedNoun(text, t, after, last);
        return shared != null ? shared : inference.infer(text, t, after, last, numberFirst, earlier);
    }

    /**
     * "hundreds of 911 calls", "dozens of 999 calls": digits right after the "of" of a word
     * amount, with no determiner, name the kind of thing counted, not a count of it; they are
     * part of the unit. Null when no noun follows the digits.
     */
    private Unit numberedNoun(String text, List<Token> t, int j) {
        if (j + 1 >= t.size() || !t.get(j).isNumber() || !t.get(j).plainDigits()) {
            return null;
        }
        Unit phrase = phrases.phrase(text, t, j + 1);
        if (phrase == null || phrase.nonCount() || phrase.unit() == null) {
            return null;
        }
        String unit = Tokenizer.collapseSpaces(text.substring(t.get(j).start(), t.get(phrase.last()).end()));
        return new Unit(unit, phrase.last(), "phrase", false);
    }

    /** Plural nouns that do not end in "s". */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "police", "children", "men", "women");

    /**
     * True when a plural noun phrase starts at {@code k} right after "of" with no determiner: the
     * whole a count is a part of ("56 of protesters"). A singular noun after "of" ("20 of
     * Tehran", "5 of spades" aside) names no counted whole.
     */
    private boolean pluralPartitive(String text, List<Token> t, int k) {
        if (!t.get(k).isWord() || lex.unitStopWords.contains(t.get(k).lower())) {
            return false;
        }
        Unit phrase = phrases.phrase(text, t, k);
        if (phrase == null || phrase.nonCount() || phrase.unit() == null) {
            return false;
        }
        String head = t.get(phrase.last()).lower();
        return head.endsWith("s") && !t.get(phrase.last()).capitalized(text) || IRREGULAR_PLURALS.contains(head);
    }

    /**
     * "reported 146 and 127 deaths", "won 412 and 201 and 98 votes": a bare number joined by "and"
     * or "or" to numbers with a noun shares it (or is, like them, no count). The span stays on it.
     */
    private Unit sharedNoun(String text, List<Token> t, int after, int last) {
        int k = after;
        while (k + 2 < t.size() && (t.get(k).is("and") || t.get(k).is("or")) && t.get(k + 1).isNumber()) {
            k += 2;
        }
        if (k == after || t.get(k).isWord() && lex.scaleSuffixes.containsKey(t.get(k).lower())) {
            return null; // no chain; "5 and 6 million": the scale is read with the number, not here
        }
        Unit phrase = phrases.phrase(text, t, k);
        return phrase == null ? null : new Unit(phrase.unit(), last, "shared", phrase.nonCount());
    }

    /**
     * "cut from 3,000 to 1,500 litres": the old value of a change that was read as no range
     * counts (or measures) what the new value after it does.
     */
    private Unit fromTo(String text, List<Token> t, int after, int last, int numberFirst) {
        if (numberFirst < 1 || !t.get(numberFirst - 1).is("from") || after + 1 >= t.size()
                || !t.get(after).is("to")) {
            return null;
        }
        int k = after + 1;
        QuantityLexicon.Currency c = t.get(k).isWord() ? null : lex.currencies.get(t.get(k).lower());
        if (c != null && c.prefix()) {
            return null; // "from $5 to $8": the old value has its own currency
        }
        if (!t.get(k).isNumber()) {
            return null;
        }
        k++;
        if (k < t.size() && t.get(k).isWord() && (lex.scaleSuffixes.containsKey(t.get(k).lower())
                || lex.numberWords.containsKey(t.get(k).lower()))) {
            k++;
        }
        if (k < t.size()) {
            Unit special = currencies.percentOrCurrency(text, t, k);
            if (special != null) {
                return new Unit(special.unit(), last, "change", false);
            }
        }
        Unit phrase = phrases.phrase(text, t, k);
        if (phrase == null) {
            return null;
        }
        return phrase.nonCount() ? new Unit(null, last, "none", true) : new Unit(phrase.unit(), last, "change", false);
    }

    /** A closing quotation mark written onto the number, with a word after it. */
    private static boolean closingQuote(List<Token> t, int after) {
        if (after + 1 >= t.size() || t.get(after).spaceBefore() || !t.get(after + 1).isWord()) {
            return false;
        }
        Token q = t.get(after);
        return q.isSymbol('"') || q.isSymbol('\u201d') || q.isSymbol('\u2019') || q.isSymbol('\'');
    }

    /** The plural of a counted noun hyphenated onto the number ("290-member"), or null. */
    private String hyphenatedNoun(List<Token> t, int after) {
        if (after + 1 >= t.size() || t.get(after).spaceBefore() || t.get(after + 1).spaceBefore()
                || !(t.get(after).isSymbol('-') || t.get(after).isSymbol('\u2010') || t.get(after).isSymbol('\u2011'))) {
            return null;
        }
        return lex.compoundCountNouns.get(t.get(after + 1).lower());
    }

    /** True when an opening quote stands before a word glued to it: '3,000 "rioters"'. */
    private static boolean openingQuote(List<Token> t, int after) {
        if (after + 1 >= t.size() || !t.get(after).spaceBefore() || !t.get(after + 1).isWord()) {
            return false;
        }
        Token q = t.get(after);
        return q.isSymbol('"') || q.isSymbol('\u201c');
    }

    /** True when "-strong" is written onto the number ending before {@code after}. */
    private static boolean strong(List<Token> t, int after) {
        return after + 1 < t.size() && !t.get(after).spaceBefore() && !t.get(after).isWord()
                && (t.get(after).isSymbol('-') || t.get(after).isSymbol('\u2010') || t.get(after).isSymbol('\u2011'))
                && t.get(after + 1).is("strong") && !t.get(after + 1).spaceBefore();
    }

    /**
     * True when the vague amount ending before {@code after} is a plural magnitude of people at
     * most ("hundreds", "tens of thousands", "millions"; not "billions", not "several hundred").
     */
    private boolean bareCrowd(List<Token> t, int after, int verb) {
        Double magnitude = lex.magnitudes.get(t.get(after - 1).lower());
        // "hundreds more protesters" still has its noun
        boolean modified = verb < t.size() && lex.unitModifiers.contains(t.get(verb).lower());
        return magnitude != null && magnitude <= 1_000_000 && !modified;
    }

    /**
     * The token after "more" when "more" follows the amount and no noun follows it ("Dozens more
     * were wounded", "Thousands more are expected"), else {@code after}.
     */
    private int verbAfterMore(List<Token> t, int after) {
        if (after >= t.size() || !t.get(after).is("more")) {
            return after;
        }
        int k = after + 1;
        boolean noNoun = k >= t.size() || !t.get(k).isWord() || lex.unitStopWords.contains(t.get(k).lower())
                || lex.peopleVerbs.contains(t.get(k).lower());
        return noNoun ? k : after;
    }

    /**
     * "112 of the 290 seats", "a quarter of the 800 detainees": the part counts what the whole
     * after it counts. The span stays on the part ({@code last}); the whole is a quantity of its own.
     */
    private Unit ofTheWhole(String text, List<Token> t, int whole, int last) {
        int k = whole + 1;
        if (k < t.size() && t.get(k).isWord() && (lex.scaleSuffixes.containsKey(t.get(k).lower())
                || lex.numberWords.containsKey(t.get(k).lower()))) {
            k++; // "the 2.5 million voters"
        }
        if (k + 3 < t.size() && t.get(k).isSymbol('(') && t.get(k + 1).isNumber() && t.get(k + 2).isSymbol(')')) {
            k += 3; // "of the seven (7) prisoners": the whole's number repeated in digits
        }
        Unit phrase = phrases.phrase(text, t, k);
        return phrase == null || phrase.nonCount() ? null : new Unit(phrase.unit(), last, "whole", false);
    }

    /** The spellings of a share's unit a figure may end with. */
    private static final List<String> PERCENT_ENDINGS = List.of("%", " percent", " per cent", " pct", "pc");

    /**
     * True when the figure's text {@code text} ends with its unit as the text writes it ("30
     * pickets", "12 percent", "12%"); {@code spaced} asks for a word unit set off by a space.
     */
    static boolean endsWithUnit(String text, String unit, boolean spaced) {
        if (unit == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (unit.equals(CurrencyUnits.PERCENT)) {
            return PERCENT_ENDINGS.stream().anyMatch(lower::endsWith);
        }
        return lower.endsWith((spaced ? " " : "") + unit.toLowerCase(Locale.ROOT));
    }

    /** True when a unit this reader gives marks a share: "%", "percent", "per cent", "percentage points". */
    static boolean isPercent(String unit) {
        return unit != null && (unit.equals("%") || unit.startsWith("percent") || unit.equals("per cent"));
    }

    static boolean isDeterminer(Token tok) {
        return tok.is("the") || tok.is("these") || tok.is("those") || tok.is("their") || tok.is("its")
                || tok.is("all");
    }

    /**
     * Skips "the", "their", "all" (and "all the"), and a possessive after them or alone ("the
     * country's", "Iran's").
     */
    static int skipDeterminer(List<Token> t, int j) {
        if (j < t.size() && t.get(j).is("all")) {
            j++; // "half of all executions", "a third of all the detainees"
        }
        if (j < t.size() && (isDeterminer(t.get(j)) && !t.get(j).is("all") || ownerPronoun(t.get(j)))) {
            j++;
        }
        return j < t.size() && isPossessive(t.get(j)) ? j + 1 : j;
    }

    /**
     * "at least 10 of his supporters", "thousands of our members": a possessive pronoun after "of"
     * stands where "the" would. Not read after a bare fraction ("half her salary" is no count).
     */
    private static boolean ownerPronoun(Token tok) {
        return tok.is("his") || tok.is("her") || tok.is("our") || tok.is("my") || tok.is("your");
    }

    static boolean isPossessive(Token tok) {
        String w = tok.lower();
        return tok.isWord() && (w.endsWith("'s") || w.endsWith("\u2019s") || w.endsWith("s'") || w.endsWith("s\u2019"));
    }
}
