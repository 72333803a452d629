package org.attest.dates;

import java.util.function.IntUnaryOperator;

/**
 * Entries of a live page: a paragraph that opens with a clock time and a dash or colon ("1:10 pm
 * — The commission says ...", "08:00 – Good morning", "8:40 pm: Farm unions ..."). Such an entry
 * is written on the day of the page, so what it tells without a date of its own ("the commission
 * says results are in") is that day's news, not that of the lead or of an earlier entry. Many
 * live pages set the time on a line of its own above the entry ("14:05", blank line, "Police
 * say ..."): the entry under such a line is stamped too. The entry's later paragraphs, stamped or
 * not, follow on from the day its opening paragraphs tell ("12:20 / On Sunday night, crowds
 * blocked the highway." then "Police detained 20 people."): see {@link #entryStart}.
 */
final class LiveEntries {
    /** Characters a time stamp may take at most: "12:45 p.m. —". */
    private static final int STAMP_REACH = 14;

    private LiveEntries() {}

    /**
     * True when the paragraph starting at {@code start} of {@code text} opens with a clock time and
     * a dash or colon, or sits right under a line that holds only a clock time.
     */
    static boolean stamped(String text, int start) {
        return opensWithStamp(text, start) || underStampLine(text, start);
    }

    /**
     * True when the last non-blank line before {@code start} is a bare clock time ("14:05", "8:40 pm"),
     * or is the entry's own short headline right under such a line ("21:45", "Curfew extended in the
     * port", then the entry): live pages often title each entry, and the body is still that day's news.
     */
    static boolean underStampLine(String text, int start) {
        int[] line = lineBefore(text, start);
        if (line == null) {
            return false; // the paragraph does not open a line: no line of its own above it
        }
        String above = text.substring(line[0], line[1]).strip();
        if (BARE_STAMP.matcher(above).matches()) {
            return true;
        }
        if (!headline(above)) {
            return false;
        }
        int[] stamp = lineBefore(text, line[0]);
        return stamp != null && BARE_STAMP.matcher(text.substring(stamp[0], stamp[1]).strip()).matches();
    }

    /** Paragraphs an entry may run after its stamped opening paragraph. */
    private static final int ENTRY_REACH = 6;

    /**
     * Where the entry holding the unstamped paragraph at {@code paragraphStart} opens: the nearest
     * stamped paragraph at most {@value #ENTRY_REACH} paragraphs before it, found by stepping back
     * with {@code paragraphBefore} (the start of the paragraph before the one starting at its
     * argument); -1 when there is none (no live page, or the paragraph is the lead's).
     */
    static int entryStart(String text, int paragraphStart, IntUnaryOperator paragraphBefore) {
        int p = paragraphStart;
        for (int hop = 0; hop < ENTRY_REACH && p > 0; hop++) {
            p = paragraphBefore.applyAsInt(p);
            if (stamped(text, p)) {
                return p;
            }
        }
        return -1;
    }

    /** Characters an entry's headline may take at most. */
    private static final int HEADLINE_REACH = 90;

    /** A short line that ends without a sentence's final stop: a headline, not a sentence of the entry. */
    private static boolean headline(String line) {
        if (line.isEmpty() || line.length() > HEADLINE_REACH) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != '!' && last != '?' && last != ';' && last != ',';
    }

    /**
     * The [from, to) span of the last non-blank line before {@code start}, or null when the text at
     * {@code start} does not open a line of its own.
     */
    private static int[] lineBefore(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start || text.lastIndexOf('\n', start - 1) < end) {
            return null;
        }
        return new int[] {text.lastIndexOf('\n', end - 1) + 1, end};
    }

    /** A clock time alone, with an optional "am"/"pm" or a zone of capitals ("10:25 GMT"), or "local time" ("12:20 local time"); or an age ("2 hours ago", "35 minutes ago"): the entry was written on the page's day. */
    private static final java.util.regex.Pattern BARE_STAMP = java.util.regex.Pattern.compile(
            "\\d{1,2}[:.]\\d{2}(?:\\s*(?:[ap]\\.?m\\.?|[AP]M))?(?:\\s+[A-Z]{2,4})?(?:\\s+local time)?"
            + "|\\d{1,2}\\s+(?:hours?|minutes?|mins?)\\s+ago");

    private static boolean opensWithStamp(String text, int start) {
        int i = start;
        int digits = 0;
        while (i < text.length() && Character.isDigit(text.charAt(i)) && digits < 3) {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 2 || i + 2 >= text.length() || text.charAt(i) != ':'
                || !Character.isDigit(text.charAt(i + 1)) || !Character.isDigit(text.charAt(i + 2))) {
            return false;
        }
        i += 3;
        // an optional "am", "pm", "a.m.", "p.m." and the spaces around it, then the dash or colon
        while (i < text.length() && i - start <= STAMP_REACH) {
            char c = text.charAt(i);
            if (c == '\u2014' || c == '\u2013' || c == '-' || c == ':') {
                return true;
            }
            if (c != ' ' && c != '.' && "apmAPM".indexOf(c) < 0) {
                return false;
            }
            i++;
        }
        return false;
    }
}
