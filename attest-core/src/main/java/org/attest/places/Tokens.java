package org.attest.places;

import org.attest.gazetteer.NameKeys;

/**
 * The words of a text as the geoparser sees them: maximal runs of letters and digits, with
 * their offsets, folded forms and the facts the passes ask about (capitalised? Arabic script?
 * joined to the next word only by a space, hyphen or apostrophe? first word of a sentence?).
 */
final class Tokens {
    final String text;
    final int[] start;
    final int[] end;
    final String[] folded;
    final int size;

    Tokens(String text) {
        this.text = text;
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean word = Character.isLetterOrDigit(text.charAt(i));
            if (word && !inWord) {
                n++;
            }
            inWord = word;
        }
        size = n;
        start = new int[n];
        end = new int[n];
        folded = new String[n];
        int k = 0;
        int s = -1;
        boolean ascii = true;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean word = i < text.length() && Character.isLetterOrDigit(c);
            if (word && s < 0) {
                s = i;
                ascii = true;
            }
            if (word) {
                ascii &= c < 128;
            } else if (s >= 0) {
                start[k] = s;
                end[k] = i;
                folded[k] = ascii ? lowerAscii(text, s, i) : NameKeys.fold(text.substring(s, i));
                k++;
                s = -1;
            }
        }
    }

    private static String lowerAscii(String text, int from, int to) {
        boolean upper = false;
        for (int i = from; i < to && !upper; i++) {
            char c = text.charAt(i);
            upper = c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return text.substring(from, to); // most words: one copy, no case mapping
        }
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }

    String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    boolean capitalized(int i) {
        return Character.isUpperCase(text.charAt(start[i]));
    }

    boolean allCaps(int i) {
        for (int k = start[i]; k < end[i]; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    boolean arabic(int i) {
        char c = text.charAt(start[i]);
        return c >= '\u0600' && c <= '\u06FF';
    }

    boolean digits(int i) {
        return Character.isDigit(text.charAt(start[i]));
    }

    /** True when word i and i + 1 are parts of one name: only a space, hyphen or apostrophe between. */
    boolean joined(int i) {
        if (i + 1 >= size) {
            return false;
        }
        int gap = start[i + 1] - end[i];
        if (gap != 1) {
            return false;
        }
        char c = text.charAt(end[i]);
        return c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '`' || c == '\u2018' || c == '\u2010';
    }

    /** The characters between word i - 1 and word i (or the text before word 0). */
    String gapBefore(int i) {
        return text.substring(i == 0 ? 0 : end[i - 1], start[i]);
    }

    /** The characters between word i and word i + 1 (or the rest of the text after the last). */
    String gapAfter(int i) {
        return text.substring(end[i], i + 1 < size ? start[i + 1] : text.length());
    }

    /** True when word i opens a sentence, a line or a quotation. */
    boolean sentenceInitial(int i) {
        for (int k = start[i] - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == ' ' || c == '"' || c == '\u201c' || c == '\'' || c == '\u2018' || c == '(' || c == '[') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '\u2014' || c == '\u2013'
                    || c == ';' || c == '\u2026';
        }
        return true;
    }

    /** True when the word is part of a hashtag, handle, e-mail address or URL. */
    boolean inTagOrLink(int i) {
        int k = start[i] - 1;
        while (k >= 0 && !Character.isWhitespace(text.charAt(k))) {
            char c = text.charAt(k);
            if (c == '#' || c == '@' || c == '/' || c == '_') {
                return true;
            }
            k--;
        }
        for (int j = end[i]; j < text.length() && !Character.isWhitespace(text.charAt(j)); j++) {
            char c = text.charAt(j);
            if (c == '_' || c == '@' || c == '/') {
                return true;
            }
        }
        return false;
    }
}
