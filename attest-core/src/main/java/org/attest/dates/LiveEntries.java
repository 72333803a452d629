package org.attest.dates;

/**
 * Entries of a live page: a paragraph that opens with a clock time and a dash or colon ("1:10 pm
 * — The commission says ...", "08:00 – Good morning", "8:40 pm: Farm unions ..."). Such an entry
 * is written on the day of the page, so what it tells without a date of its own ("the commission
 * says results are in") is that day's news, not that of the lead or of an earlier entry. Many
 * live pages set the time on a line of its own above the entry ("14:05", blank line, "Police
 * say ..."): the entry under such a line is stamped too, and so is one under a stamp line and the
 * entry's own short title ("14:05", "Curfew extended in the port", "The district has ...").
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
        return opensWithStamp(text, start) || underStampLine(text, start) || underTitledStamp(text, start);
    }

    /** Characters an entry's title may take at most: a line longer than that is a paragraph of its own. */
    private static final int TITLE_REACH = 90;

    /**
     * True when the last non-blank line before {@code start} is a short title that ends in no full
     * stop ("Protest outside the embassy") and the one before it a bare clock time: many live pages
     * put a headline between an entry's stamp and its text, which is that stamp's entry still.
     */
    static boolean underTitledStamp(String text, int start) {
        int lineEnd = lastLineEnd(text, start);
        if (lineEnd < 0) {
            return false;
        }
        int from = text.lastIndexOf('\n', lineEnd - 1) + 1;
        String title = text.substring(from, lineEnd).strip();
        if (title.isEmpty() || title.length() > TITLE_REACH || title.endsWith(".") || BARE_STAMP.matcher(title).matches()) {
            return false;
        }
        return from > 0 && underStampLine(text, from);
    }

    /** The end of the last non-blank line before {@code start}, when {@code start} opens a line of its own; else -1. */
    private static int lastLineEnd(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start || text.lastIndexOf('\n', start - 1) < end) {
            return -1;
        }
        return end;
    }

    /** True when the last non-blank line before {@code start} is a bare clock time ("14:05", "8:40 pm"). */
    static boolean underStampLine(String text, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start || text.lastIndexOf('\n', start - 1) < end) {
            return false; // the paragraph does not open a line: no line of its own above it
        }
        int from = text.lastIndexOf('\n', end - 1) + 1;
        return BARE_STAMP.matcher(text.substring(from, end).strip()).matches();
    }

    /** A clock time alone, with an optional "am"/"pm" or a zone of capitals ("10:25 GMT"). */
    private static final java.util.regex.Pattern BARE_STAMP = java.util.regex.Pattern.compile(
            "\\d{1,2}[:.]\\d{2}(?:\\s*(?:[ap]\\.?m\\.?|[AP]M))?(?:\\s+[A-Z]{2,4})?");

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
