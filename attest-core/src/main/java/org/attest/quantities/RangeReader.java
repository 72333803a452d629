package org.attest.quantities;

import java.util.List;
import org.attest.quantities.NumberMatch.Form;

/**
 * Finds the high end of a range after a number: "10-20", "10 to 20", "between 10 and 20",
 * "two or three". A scale written only on the high end applies to both ("5-10 million").
 * The high end must be larger than the low end, else there is no range ("3-1" is a score).
 */
final class RangeReader {
    /** A range: the low end (rescaled when it borrows the high end's scale) and the high end. */
    record Range(NumberMatch low, NumberMatch high, boolean between) {}

    private final NumberParser parser;

    RangeReader(NumberParser parser) {
        this.parser = parser;
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
        if (link + 1 >= t.size()) {
            return null;
        }
        Token joiner = t.get(link);
        boolean ok = between ? joiner.is("and")
                : joiner.isSymbol('-') || joiner.isSymbol('\u2013') || joiner.is("to")
                || joiner.is("or") && low.form() == Form.WORDS;
        if (!ok) {
            return null;
        }
        Token start = t.get(link + 1);
        if (low.form() == Form.DIGITS ? !start.isNumber() : !start.isWord()) {
            return null;
        }
        NumberMatch high = parser.parse(text, t, link + 1);
        if (high == null || high.form() != low.form()) {
            return null;
        }
        NumberMatch lowFixed = low;
        if (low.scale() == 1 && high.scale() > 1 && low.value() * high.scale() <= high.value()) {
            lowFixed = low.withLast(low.last(), low.value() * high.scale(), high.scale());
        }
        if (high.value() <= lowFixed.value()) {
            return null;
        }
        return new Range(lowFixed, high, between);
    }
}
