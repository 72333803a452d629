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
        return surface.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** The matching key of one word: lower case, possessive dropped, one inflection suffix removed. */
    static String stem(String surface) {
        String w = lower(surface);
        if (w.length() > 1 && (w.charAt(0) == '#')) {
            return HASHTAG;
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("'")) {
            w = w.substring(0, w.length() - 1);
        }
        if (!isPlainWord(w)) {
            return w;
        }
        int n = w.length();
        if (w.endsWith("ings") && n - 4 >= 3) {
            // plural of an -ing noun ("uprisings", "killings") meets its singular, whose -ing goes too
            w = undouble(w.substring(0, n - 4));
        } else if (n > 4 && (w.endsWith("ies") || w.endsWith("ied"))) {
            w = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("ing") && n - 3 >= 3) {
            w = undouble(w.substring(0, n - 3));
        } else if (w.endsWith("ed") && n - 2 >= 3) {
            w = undouble(w.substring(0, n - 2));
        } else if (w.endsWith("s") && !w.endsWith("ss") && n - 1 >= 3) {
            w = w.substring(0, n - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "gunn" -> "gun", "stopp" -> "stop"; keeps ll, ss, ff, zz ("kill", "pass"). */
    private static String undouble(String s) {
        int n = s.length();
        if (n >= 4) {
            char a = s.charAt(n - 1);
            if (a == s.charAt(n - 2) && "aeioulsfz".indexOf(a) < 0) {
                return s.substring(0, n - 1);
            }
        }
        return s;
    }

    private static boolean isPlainWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!((c >= 'a' && c <= 'z') || c == '-')) {
                return false;
            }
        }
        return true;
    }
}
