package org.attest.clean;

import com.ibm.icu.text.Normalizer2;

/**
 * Unicode and layout normalisation, applied before any offset is computed. Two linear passes:
 * <ol>
 *   <li>characters: line breaks unified to {@code \n}; non-breaking, typographic and other odd
 *       spaces and tabs to a plain space; zero-width characters, bidi marks and soft hyphens
 *       removed, except a ZWNJ between two Arabic-script letters (Persian spelling needs it);
 *       Persian and Arabic-Indic digits to ASCII; other control characters to a space; then NFC;</li>
 *   <li>layout: runs of spaces collapsed, lines trimmed, at most one blank line between
 *       blocks, no blank lines at either end.</li>
 * </ol>
 * The result is a fixed point: normalising it again returns it unchanged.
 */
public final class TextNormalizer {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final char ZWNJ = '\u200C';

    private TextNormalizer() {}

    /** The normalised text; never null. */
    public static String normalize(CharSequence in) {
        char[] src = in.toString().toCharArray();
        char[] mapped = new char[src.length];
        int len = map(src, mapped);
        // layout deletes and merges spaces and line breaks only, and those neither compose nor
        // block anything else in NFC than their own neighbours: when the laid-out text is in NFC,
        // so was the mapped one, and laying out before NFC gives the same text with one pass less
        String laidOut = new String(mapped, 0, layout(mapped, len, mapped));
        if (NFC.isNormalized(laidOut)) {
            return laidOut;
        }
        return layout(nfc(new String(mapped, 0, map(src, mapped))));
    }

    /** Pass 1: per-character mapping and NFC. Works on char arrays: a report is read char by char. */
    static String mapCharacters(CharSequence in) {
        char[] src = in.toString().toCharArray();
        char[] out = new char[src.length];
        return nfc(new String(out, 0, map(src, out)));
    }

    private static String nfc(String s) {
        return NFC.isNormalized(s) ? s : NFC.normalize(s);
    }

    /** The per-character mapping of {@code src} into {@code out} (as long or longer); returns its length. */
    private static int map(char[] src, char[] out) {
        int n = src.length;
        int len = 0;
        for (int i = 0; i < n; i++) {
            char c = src[i];
            if (c >= ' ' && c < 0x7F) {
                out[len++] = c;
            } else if (c == '\r') {
                out[len++] = '\n';
                if (i + 1 < n && src[i + 1] == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                    || c == '\f') {
                out[len++] = '\n';
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                out[len++] = (char) ('0' + (c - '\u06F0'));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out[len++] = (char) ('0' + (c - '\u0660'));
            } else if (c == ZWNJ) {
                if (len > 0 && isArabicLetter(out[len - 1]) && i + 1 < n && isArabicLetter(src[i + 1])) {
                    out[len++] = c;
                }
            } else if (isRemoved(c)) {
                // invisible: dropped
            } else if (c == '\t' || isOddSpace(c) || c < ' ' || (c >= 0x7F && c < 0xA0)) {
                out[len++] = ' ';
            } else {
                out[len++] = c;
            }
        }
        return len;
    }

    /** Pass 2: spaces and blank lines. */
    static String layout(String s) {
        char[] src = s.toCharArray();
        return new String(src, 0, layout(src, src.length, src));
    }

    /**
     * Lays out {@code src[0, n)} into {@code out}, which may be {@code src} itself (the output
     * never runs ahead of the input: a space or line break is written only for one read before
     * it); returns the length written.
     */
    private static int layout(char[] src, int n, char[] out) {
        int len = 0;
        boolean pendingSpace = false;
        int newlines = 0;
        for (int i = 0; i < n; i++) {
            char c = src[i];
            if (c == ' ') {
                pendingSpace = true;
            } else if (c == '\n') {
                newlines++;
                pendingSpace = false;
            } else {
                if (len > 0) {
                    if (newlines > 0) {
                        out[len++] = '\n';
                        if (newlines > 1) {
                            out[len++] = '\n';
                        }
                    } else if (pendingSpace) {
                        out[len++] = ' ';
                    }
                }
                newlines = 0;
                pendingSpace = false;
                out[len++] = c;
            }
        }
        return len;
    }

    static boolean isArabicLetter(char c) {
        return ((c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3')
                || (c >= '\u06FA' && c <= '\u06FF') || (c >= '\u0750' && c <= '\u077F')
                || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC'));
    }

    private static boolean isRemoved(char c) {
        return c == '\u200B' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u061C' || c == '\u180E';
    }

    private static boolean isOddSpace(char c) {
        return c == '\u00A0' || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F'
                || c == '\u3000' || c == '\u1680';
    }
}
