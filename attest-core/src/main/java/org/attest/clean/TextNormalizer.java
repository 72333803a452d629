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
        return layout(mapCharacters(in));
    }

    /** Pass 1: per-character mapping and NFC. */
    static String mapCharacters(CharSequence in) {
        int n = in.length();
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                sb.append(c);
            } else if (c == '\r') {
                sb.append('\n');
                if (i + 1 < n && in.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
                    || c == '\f') {
                sb.append('\n');
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                sb.append((char) ('0' + (c - '\u06F0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                sb.append((char) ('0' + (c - '\u0660')));
            } else if (c == ZWNJ) {
                if (sb.length() > 0 && isArabicLetter(sb.charAt(sb.length() - 1))
                        && i + 1 < n && isArabicLetter(in.charAt(i + 1))) {
                    sb.append(c);
                }
            } else if (isRemoved(c)) {
                // invisible: dropped
            } else if (c == '\t' || isOddSpace(c) || c < ' ' || (c >= 0x7F && c < 0xA0)) {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        String s = sb.toString();
        return NFC.isNormalized(s) ? s : NFC.normalize(s);
    }

    /** Pass 2: spaces and blank lines. */
    static String layout(String s) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        boolean pendingSpace = false;
        int newlines = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                pendingSpace = true;
            } else if (c == '\n') {
                newlines++;
                pendingSpace = false;
            } else {
                if (out.length() > 0) {
                    if (newlines > 0) {
                        out.append(newlines == 1 ? "\n" : "\n\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                newlines = 0;
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
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
