package org.attest.clean;

import java.util.HashMap;
import java.util.Map;
import org.attest.internal.WordTable;

/**
 * A cheap test whether a string can hold a written date at all, asked before {@link DateParser}
 * runs its patterns over it (each a search from every position of the line). A date written
 * with a month's name needs a letter run that ends in a month name of either calendar, of 3 to
 * 9 letters ("March", "Sept", "aban"); one written in digits needs a digit, a separator
 * ({@code - / .}) and a digit in a row. The test only ever says "maybe" for a string that may
 * match: a letter outside ASCII (whose lower case the patterns read as a string, not char by
 * char) always says maybe. Immutable and thread-safe.
 */
final class MonthMentions {
    /** The month-name group of the patterns: {@code \p{L}{3,9}}. */
    private static final int SHORTEST = 3;
    private static final int LONGEST = 9;

    private final WordTable<Integer> names;

    /** @param months lower-case month names of both calendars, each with its number (any value) */
    MonthMentions(Map<String, Integer> months) {
        this.names = new WordTable<>(new HashMap<>(months));
    }

    /**
     * False only when no letter run of {@code s} ends in a month name: then no pattern that
     * reads a month's name as {@code (\p{L}{3,9})} finds one in it.
     */
    boolean mayNameMonth(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128 && Character.isLetter(c)) {
                return true;
            }
            if (!isAsciiLetter(c)) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && isAsciiLetter(s.charAt(e))) {
                e++;
            }
            if (e < n && s.charAt(e) >= 128 && Character.isLetter(s.charAt(e))) {
                return true; // the run goes on outside ASCII
            }
            // the group may start inside a run ("theMarch 5"), never end inside one
            for (int k = SHORTEST; k <= LONGEST && k <= e - i; k++) {
                if (names.get(s, e - k, e) != null) {
                    return true;
                }
            }
            i = e;
        }
        return false;
    }

    /** False only when {@code s} holds no digit, separator ({@code - / .}) and digit in a row. */
    static boolean mayHoldNumericDate(String s) {
        for (int i = 1; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '-' || c == '/' || c == '.') && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
