package org.attest.events;

import java.util.Locale;

/**
 * Lower-casing and light suffix stripping shared by the lexicon and the text, so that
 * "protests", "protested" and "protesting" all meet "protest". Not a linguistic stemmer: it only
 * needs to map a lexicon word and its inflections to one key, and is applied identically to
 * both sides, so odd stems ("execut") are harmless.
 */
final class Normalizer {
    /** The key every hashtag token normalises to, so the lexicon can name hashtags as a class. */
    static final String HASHTAG = "#hashtag";

    private Normalizer() {}

    /** Lower case (root locale) with typographic apostrophes made plain. Never null for non-null input. */
    static String lower(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (c > 0x7f || (c >= 'A' && c <= 'Z')) {
                return surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
            }
        }
        return surface; // most words: nothing to change, nothing to copy
    }

    /** The matching key of one word: lower case, possessive dropped, one inflection suffix removed. */
    static String stem(String surface) {
        return stemOfLower(lower(surface));
    }

    /**
     * {@link #stem} of a word already passed through {@link #lower}. Works on an end index,
     * dispatches on the last letter and cuts once, since this runs for every new word of a document.
     */
    static String stemOfLower(String w) {
        if (w.length() > 1 && (w.charAt(0) == '#')) {
            return HASHTAG;
        }
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == 's' && w.charAt(n - 2) == '\'') {
            n -= 2;
        } else if (n >= 1 && w.charAt(n - 1) == '\'') {
            n -= 1;
        }
        if (!isPlainWord(w, n)) {
            return w.substring(0, n);
        }
        int end = n;
        switch (w.charAt(n - 1)) {
            case 's' -> {
                if (n - 4 >= 3 && endsWith(w, n, "ings")) {
                    // plural of an -ing noun ("uprisings", "killings") meets its singular, whose -ing goes too
                    end = undouble(w, n - 4);
                } else if (n > 4 && endsWith(w, n, "ies")) {
                    return w.substring(0, n - 3) + "y";
                } else if (n - 1 >= 3 && w.charAt(n - 2) != 's') {
                    end = n - 1;
                }
            }
            case 'd' -> {
                if (n > 4 && endsWith(w, n, "ied")) {
                    return w.substring(0, n - 3) + "y";
                } else if (n - 2 >= 3 && w.charAt(n - 2) == 'e') {
                    end = undouble(w, n - 2);
                }
            }
            case 'g' -> {
                if (n - 3 >= 3 && endsWith(w, n, "ing")) {
                    end = undouble(w, n - 3);
                }
            }
            default -> { }
        }
        if (end > 3 && w.charAt(end - 1) == 'e') {
            end--;
        }
        return w.substring(0, end);
    }

    /** True when {@code w[0, end)} ends with {@code suffix}. */
    private static boolean endsWith(String w, int end, String suffix) {
        int from = end - suffix.length();
        if (from < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (w.charAt(from + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end of {@code w[0, end)} with a doubled final consonant made single: "gunn" -> "gun",
     * "stopp" -> "stop"; keeps ll, ss, ff, zz ("kill", "pass").
     */
    private static int undouble(String w, int end) {
        if (end >= 4) {
            char a = w.charAt(end - 1);
            if (a == w.charAt(end - 2) && "aeioulsfz".indexOf(a) < 0) {
                return end - 1;
            }
        }
        return end;
    }

    private static boolean isPlainWord(String w, int end) {
        if (end == 0) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = w.charAt(i);
            if (!((c >= 'a' && c <= 'z') || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
