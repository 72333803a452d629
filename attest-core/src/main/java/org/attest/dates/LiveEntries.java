package org.attest.dates;

/**
 * Entries of a live page: a paragraph that opens with a clock time and a dash or colon ("1:10 pm
 * — The commission says ...", "08:00 – Good morning", "8:40 pm: Farm unions ..."). Such an entry
 * is written on the day of the page, so what it tells without a date of its own ("the commission
 * says results are in") is that day's news, not that of the lead or of an earlier entry.
 */
final class LiveEntries {
    /** Characters a time stamp may take at most: "12:45 p.m. —". */
    private static final int STAMP_REACH = 14;

    private LiveEntries() {}

    /** True when the paragraph starting at {@code start} of {@code text} opens with a clock time and a dash or colon. */
    static boolean stamped(String text, int start) {
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
