package org.attest.dates;

import org.attest.model.Span;

/**
 * Shapes of a publication date written as a dateline or a stamp, read around a date mention in
 * the cleaned text: a bracket of source names it closes, a clock time after it, "on" before it
 * (which makes it a day told, no dateline). Static helpers of {@link DateResolver}.
 */
final class DatelineShapes {
    private DatelineShapes() {}

    /**
     * True when the date ends a bracket the sentence opens with, near its start ("Buenos Aires,
     * (Agency - Network - 13th Jun, 2024) Police fired ..."): a long dateline of source names.
     */
    static boolean closesOpeningBracket(String t, int lineStart, Span span) {
        if (span.end() >= t.length() || t.charAt(span.end()) != ')') {
            return false;
        }
        int open = t.lastIndexOf('(', span.start());
        return open >= lineStart && open - lineStart < DateResolver.DATELINE_REACH && t.indexOf(')', open) == span.end();
    }

    /**
     * True when a clock time follows offset {@code end} ("Updated: 19-09-2022 23:49 IST"): the
     * publication day with its time stamps the page wherever it stands.
     */
    static boolean clockAfter(String t, int end) {
        int i = end;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        int digits = 0;
        while (i + digits < t.length() && Character.isDigit(t.charAt(i + digits))) {
            digits++;
        }
        return digits >= 1 && digits <= 2 && i + digits + 2 < t.length() && t.charAt(i + digits) == ':'
                && Character.isDigit(t.charAt(i + digits + 1)) && Character.isDigit(t.charAt(i + digits + 2));
    }

    /** True when "on" stands right before offset {@code at}: "On Monday, December 1, retirees rallied" tells a day, no dateline. */
    static boolean afterOn(String t, int at) {
        int e = at;
        while (e > 0 && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return e >= 2 && t.regionMatches(true, e - 2, "on", 0, 2) && (e == 2 || !Character.isLetter(t.charAt(e - 3)));
    }
}
