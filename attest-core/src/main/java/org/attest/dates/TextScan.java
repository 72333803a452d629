package org.attest.dates;

import java.util.Locale;

/**
 * Character-level helpers the date matchers share: where a word or a digit run ends, how to
 * step over spaces, what the word before an offset is. All pure functions of their arguments;
 * offsets are UTF-16 indices into the text, ends exclusive.
 *
 * <p>Digits are any Unicode decimal digits, so Persian ({@code ۱۳۹۸}) and Arabic-Indic digits
 * are read like ASCII ones. A "letter" also covers the zero-width non-joiner and combining
 * marks, which occur inside Persian words.
 */
final class TextScan {
    private TextScan() {}

    static boolean isLetter(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c) || c == '\u200C' || c == '\u200D'
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c);
    }

    /** Horizontal space only: a date never runs across a line break. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\u2007';
    }

    static int wordEnd(String t, int i) {
        int n = t.length();
        while (i < n && isLetter(t.charAt(i))) {
            i++;
        }
        return i;
    }

    static int digitsEnd(String t, int i) {
        int n = t.length();
        while (i < n && isDigit(t.charAt(i))) {
            i++;
        }
        return i;
    }

    static int skipSpace(String t, int i) {
        int n = t.length();
        while (i < n && isSpace(t.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The offset just after the last non-space character before {@code i}. */
    static int skipSpaceBack(String t, int i) {
        while (i > 0 && isSpace(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The start of the word that ends at {@code end} (letters only), or {@code end} if none. */
    static int wordStartBack(String t, int end) {
        int i = end;
        while (i > 0 && isLetter(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The value of a run of decimal digits (any script); -1 when longer than 9 digits. */
    static int value(String t, int s, int e) {
        if (e - s > 9) {
            return -1;
        }
        int v = 0;
        for (int i = s; i < e; i++) {
            v = v * 10 + Character.digit(t.charAt(i), 10);
        }
        return v;
    }

    static String lower(String t, int s, int e) {
        return t.substring(s, e).toLowerCase(Locale.ROOT);
    }

    /** The lower-cased word starting at {@code i} (letters only), or "" when none starts there. */
    static String wordAt(String t, int i) {
        int e = wordEnd(t, i);
        return e == i ? "" : lower(t, i, e);
    }

    /**
     * The lower-cased word before offset {@code i}, skipping spaces, or "" when the character
     * before is not a letter (punctuation or start of text).
     */
    static String wordBefore(String t, int i) {
        int e = skipSpaceBack(t, i);
        int s = wordStartBack(t, e);
        return s == e ? "" : lower(t, s, e);
    }

    /**
     * True when "since" stands at most {@code words} words before offset {@code at}, with only
     * spaces and words between: "since 1986", "since independence in 1975".
     */
    static boolean sinceBefore(String t, int at, int words) {
        int i = at;
        for (int w = 0; w < words; w++) {
            if (i == 0 || !Character.isWhitespace(t.charAt(i - 1))) {
                return false; // punctuation ends the phrase ("since 2019, in 2023 ...")
            }
            String word = wordBefore(t, i);
            if (word.isEmpty()) {
                return false;
            }
            if (word.equals("since")) {
                return true;
            }
            i = wordBeforeStart(t, i);
        }
        return false;
    }

    /** The start offset of the word before {@code i} (see {@link #wordBefore}). */
    static int wordBeforeStart(String t, int i) {
        return wordStartBack(t, skipSpaceBack(t, i));
    }

    /** The character before {@code i} after skipping spaces, or 0 at the start. */
    static char charBefore(String t, int i) {
        int e = skipSpaceBack(t, i);
        return e == 0 ? 0 : t.charAt(e - 1);
    }

    /** True when the word at [s, e) begins with a capital or is not in a cased script. */
    static boolean capitalised(String t, int s) {
        char c = t.charAt(s);
        return Character.isUpperCase(c) || !Character.isLowerCase(c);
    }

    /** True when the word at [s, e) is a stated ordinal suffix: st, nd, rd, th. */
    static boolean isOrdinalSuffix(String t, int s, int e) {
        if (e - s != 2) {
            return false;
        }
        String w = lower(t, s, e);
        return w.equals("st") || w.equals("nd") || w.equals("rd") || w.equals("th");
    }

    /** The end of the first {@code blocks} blank-line blocks of {@code t}, or its length. */
    static int blocksEnd(String t, int blocks) {
        int end = 0;
        for (int k = 0; k < blocks; k++) {
            int next = t.indexOf("\n\n", skipNewlines(t, end));
            if (next < 0) {
                return t.length();
            }
            end = next;
        }
        return end;
    }

    private static int skipNewlines(String t, int i) {
        while (i < t.length() && (t.charAt(i) == '\n' || t.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }
}
