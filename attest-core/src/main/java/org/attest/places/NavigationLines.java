package org.attest.places;

/**
 * A site's navigation line kept in the text ("Home | News | Region A | Region B | Archive"): the
 * names of the site's sections, not places the report tells of. A candidate on such a line is no
 * mention; the same name in the body still is.
 */
final class NavigationLines {
    /** Fewest items of a navigation line: a byline with one bar ("By a reporter | Town") is no menu. */
    private static final int MIN_ITEMS = 4;
    /** Most words of one item: a menu's entries are short, a sentence's clauses are not. */
    private static final int MAX_ITEM_WORDS = 4;
    /** Longest line looked at, in characters. */
    private static final int LINE = 240;

    /** The bar that splits a menu's items: a text without one holds no menu (most texts). */
    private static final java.util.List<String> BAR = java.util.List.of("|");

    private NavigationLines() {}

    /** True when the candidate stands on a line of at least four short items split by bars. */
    static boolean on(Tokens t, Candidate c) {
        if (!t.holdsAny(BAR)) {
            return false; // asked once per text, not a line sought around every candidate
        }
        int open = t.start[c.first];
        int limit = Math.max(0, open - LINE);
        while (open > limit && t.text.charAt(open - 1) != '\n') {
            open--;
        }
        if (open > 0 && t.text.charAt(open - 1) != '\n') {
            return false; // longer than a menu: the rest of the line is not sought
        }
        int close = t.end[c.last];
        int far = Math.min(t.text.length(), close + LINE);
        while (close < far && t.text.charAt(close) != '\n') {
            close++;
        }
        if (close < t.text.length() && t.text.charAt(close) != '\n') {
            return false; // longer than a menu
        }
        if (bars(t.text, open, close) < MIN_ITEMS - 1) {
            return false; // most short lines: counted in place, not cut out and split
        }
        String[] items = t.text.substring(open, close).split("\\|", -1);
        if (items.length < MIN_ITEMS) {
            return false;
        }
        for (String item : items) {
            String s = item.strip();
            if (s.isEmpty() || s.split("\\s+").length > MAX_ITEM_WORDS) {
                return false;
            }
        }
        return true;
    }

    /** How many bars the text holds between {@code from} and {@code to}. */
    private static int bars(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '|') {
                n++;
            }
        }
        return n;
    }
}
