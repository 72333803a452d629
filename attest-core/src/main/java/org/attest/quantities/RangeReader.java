package org.attest.quantities;

import java.util.List;
import java.util.Set;
import org.attest.quantities.NumberMatch.Form;

/**
 * Finds the high end of a range after a number: "10-20", "10 to 20", "between 10 and 20",
 * "two or three". A scale written only on the high end applies to both ("5-10 million"); a
 * percent sign or currency symbol may be written on both ends ("70% to 80%", "between $375
 * and $700"). The high end must be larger than the low end, else there is no range ("3-1" is a
 * score), but for "between", which bounds a range in either order ("between nine and five years")
 * and whose ends may be written one in words, one in digits ("between eight and 12 bodies", as
 * "five to 15 women"). After
 * a word of change, "from X to Y" is an old and a new value, no range ("rose
 * from 18 to 24").
 */
final class RangeReader {
    /** A range: the low end (rescaled when it borrows the high end's scale) and the high end. */
    record Range(NumberMatch low, NumberMatch high, boolean between) {}

    /** Words that may stand after the "or" of a range in words ("two or even three"). */
    private static final Set<String> HEDGES = Set.of("even", "perhaps", "possibly", "maybe");

    private final NumberParser parser;
    private final QuantityLexicon lex;

    RangeReader(NumberParser parser, QuantityLexicon lex) {
        this.parser = parser;
        this.lex = lex;
    }

    /**
     * The range whose low end is {@code low}, or {@code null}.
     *
     * @param between true when "between" stands before the low end (then "and" joins the ends)
     */
    Range read(String text, List<Token> t, NumberMatch low, boolean between) {
        if (low.form() == Form.VAGUE || low.form() == Form.FRACTION) {
            return null;
        }
        int link = low.last() + 1;
        boolean percent = link < t.size() && t.get(link).isSymbol('%') && !t.get(link).spaceBefore();
        if (percent) {
            link++; // "70% to 80%": the sign must stand on the high end too
        }
        if (link + 1 >= t.size()) {
            return null;
        }
        Token joiner = t.get(link);
        // "between 30 to 50 households": loose copy joins the ends of "between" with "to" too
        boolean ok = between ? joiner.is("and") || joiner.is("to")
                : joiner.isSymbol('-') || joiner.isSymbol('\u2013') || joiner.is("to")
                || joiner.is("or") && low.form() == Form.WORDS;
        if (!ok || joiner.is("to") && !between && changeFrom(t, low.first())) {
            return null;
        }
        int startAt = link + 1;
        if (joiner.is("or") && HEDGES.contains(t.get(startAt).lower()) && startAt + 1 < t.size()) {
            startAt++; // "two or even three times": a hedge between the ends
        }
        if (currencySymbol(t.get(startAt)) && startAt + 1 < t.size() && !t.get(startAt + 1).spaceBefore()) {
            startAt++; // "between $375 and $700"
        }
        Token start = t.get(startAt);
        // "between eight and 10 bodies": "between" bounds a range whose ends are written in words and digits
        boolean mixed = between && (low.form() == Form.DIGITS || low.form() == Form.WORDS);
        // "five to 15 women": house styles spell out small numbers and write ten and up in digits,
        // so a spelled low end and a digit high end joined by "to" are one range
        boolean spelledToDigits = !between && joiner.is("to") && low.form() == Form.WORDS && start.isNumber();
        if (!spelledToDigits && (mixed ? !start.isNumber() && !start.isWord()
                : low.form() == Form.DIGITS ? !start.isNumber() : !start.isWord())) {
            return null;
        }
        NumberMatch high = parser.parse(text, t, startAt);
        if (spelledToDigits && (high == null || high.form() != Form.DIGITS || low.value() >= 10)) {
            return null;
        }
        if (high == null || high.form() != low.form() && !spelledToDigits
                && !(mixed && (high.form() == Form.DIGITS || high.form() == Form.WORDS))) {
            return null;
        }
        if (percent && (high.last() + 1 >= t.size() || !t.get(high.last() + 1).isSymbol('%'))) {
            return null;
        }
        NumberMatch lowFixed = low;
        if (low.scale() == 1 && high.scale() > 1 && low.value() * high.scale() <= high.value()) {
            lowFixed = low.withLast(low.last(), low.value() * high.scale(), high.scale());
        }
        if (between && high.value() < lowFixed.value() && low.scale() == high.scale()) {
            // "jailed for between eight and three years": "between" makes a range of ends in either
            // order; the smaller end is the low one
            return new Range(low.withLast(low.last(), high.value(), high.scale()),
                    high.withLast(high.last(), low.value(), low.scale()), true);
        }
        if (high.value() <= lowFixed.value()) {
            return null;
        }
        return new Range(lowFixed, high, between);
    }

    private boolean currencySymbol(Token tok) {
        QuantityLexicon.Currency c = tok.isWord() || tok.isNumber() ? null : lex.currencies.get(tok.lower());
        return c != null && c.prefix();
    }

    /**
     * True when "from" stands before the number at {@code first} (or its currency symbol) and a
     * word of change before that, an adverb allowed between: "rose from", "fell sharply from",
     * "up from".
     */
    private boolean changeFrom(List<Token> t, int first) {
        int k = first - 1;
        if (k >= 0 && currencySymbol(t.get(k))) {
            k--;
        }
        if (k < 1 || !t.get(k).is("from")) {
            return false;
        }
        Token verb = t.get(k - 1);
        if (verb.isWord() && verb.lower().endsWith("ly") && k >= 2) {
            verb = t.get(k - 2);
        }
        return verb.isWord() && lex.changeVerbs.contains(verb.lower()) || changedObject(t, k);
    }

    /** At most this many words between a verb of change and the "from" of its object's old value. */
    private static final int OBJECT_REACH = 8;

    /**
     * "raise VAT on basic foods from 5% to 19%", "cut the fee from 30 to 25 euros": a verb of
     * change with its object between it and "from" changes that object from an old to a new value.
     * Only words may stand between (no comma, no number): the clause of the verb.
     */
    private boolean changedObject(List<Token> t, int from) {
        for (int k = from - 1; k >= 0 && k >= from - 1 - OBJECT_REACH; k--) {
            Token tok = t.get(k);
            if (!tok.isWord()) {
                return false;
            }
            if (k < from - 1 && lex.changeVerbs.contains(tok.lower()) && !tok.is("up") && !tok.is("down")) {
                return true;
            }
        }
        return false;
    }
}
