package org.attest.dates;

import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * Years in brackets after a name, which gloss the name with a term of office or a life and so
 * date no event: {@link DateResolver} leaves them out of its usable mentions.
 */
final class BracketGlosses {
    private BracketGlosses() {
    }

    /**
     * True for a year, or a year of a span of years, standing alone in brackets after a word: "the
     * administration of X (1990-1997)", "under the late ruler (1979-2019)" gloss a name with a term
     * of office or a life and date no event. A year in brackets after another date converts a
     * calendar ("in the summer of 1367 (1988)") and stays. {@code text} is the mention's document text.
     */
    static boolean glosses(String text, DateMention m) {
        if (m.precision() != DatePrecision.YEAR) {
            return false;
        }
        int open = m.span().start() - 1;
        while (open >= 0 && yearSpanChar(text.charAt(open))) {
            open--;
        }
        int close = m.span().end();
        while (close < text.length() && yearSpanChar(text.charAt(close))) {
            close++;
        }
        if (open < 1 || close >= text.length() || text.charAt(open) != '(' || text.charAt(close) != ')') {
            return false;
        }
        int before = open - 1;
        while (before > 0 && text.charAt(before) == ' ') {
            before--;
        }
        return Character.isLetter(text.charAt(before));
    }

    /** Characters inside a bracketed span of years besides the years: digits, spaces, dashes. */
    private static boolean yearSpanChar(char c) {
        return Character.isDigit(c) || c == ' ' || c == '-' || c == '\u2013' || c == '\u2014';
    }
}
