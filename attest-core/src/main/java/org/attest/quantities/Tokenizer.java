package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits one context (a sentence or a line) into {@link Token}s. Words keep inner hyphens and
 * apostrophes ("twenty-five", "anti-regime"), but a trailing "-odd" or "-plus" splits off as it
 * does after digits ("forty-odd"); digits keep thousands separators and one decimal
 * point ("130,000", "1.5"). A white-space-delimited chunk that holds a URL, a hashtag, a handle,
 * a slash, a clock time or a dotted date ("10.05.2024") becomes one opaque token so that no
 * number inside it is read. Linear in the length of the context.
 */
final class Tokenizer {
    private Tokenizer() {}

    static List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>();
        boolean space = true;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                space = true;
                i++;
                continue;
            }
            if (space) {
                int chunkEnd = opaqueChunkEnd(text, i, to);
                if (chunkEnd > i) {
                    out.add(new Token(i, chunkEnd, Token.Kind.OPAQUE, "", true, Double.NaN, false));
                    i = chunkEnd;
                    space = false;
                    continue;
                }
            }
            int end;
            if (isAsciiDigit(c)) {
                end = readNumber(text, i, to, out, space);
            } else if (isLetter(c)) {
                end = readWord(text, i, to);
                out.add(new Token(i, end, Token.Kind.WORD, lower(text, i, end), space, Double.NaN, false));
            } else {
                end = i + 1;
                out.add(new Token(i, end, Token.Kind.SYMBOL, String.valueOf(c), space, Double.NaN, false));
            }
            space = false;
            i = end;
        }
        return out;
    }

    /** The lower case of [start, end) with one allocation when the word has no capital (most words). */
    static String lower(String text, int start, int end) {
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c < 128 ? c < 'a' || c > 'z' : !Character.isLowerCase(c)) {
                return text.substring(start, end).toLowerCase(Locale.ROOT);
            }
        }
        return text.substring(start, end);
    }

    /** {@code s} with every run of white space (no-break spaces included) as one space, stripped. */
    static String collapseSpaces(String s) {
        return collapseSpaces(s, 0, s.length(), Integer.MAX_VALUE);
    }

    /**
     * The first {@code limit} chars or more of {@link #collapseSpaces(String)} of
     * {@code s[from, to)}: the whole of it when shorter, else a prefix ending in a non-space that
     * is at least {@code limit} long (a caller that cuts at a length need not collapse a long
     * sentence to the end).
     */
    static String collapseSpaces(String s, int from, int to, int limit) {
        StringBuilder sb = new StringBuilder(Math.min(to - from, limit));
        boolean pending = false;
        for (int k = from; k < to && sb.length() < limit; k++) {
            char c = s.charAt(k);
            if (isSpace(c)) {
                pending = sb.length() > 0;
            } else {
                if (pending) {
                    sb.append(' ');
                    pending = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isSpace(char c) {
        if (c < 128) { // Character.isWhitespace for ASCII: tab to carriage return, 0x1C-0x1F, space
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
        }
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
    }

    /** {@link Character#isLetter(char)}, with a table-free answer for ASCII (most of the text). */
    static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int readNumber(String text, int start, int to, List<Token> out, boolean space) {
        int i = start;
        while (i < to && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        boolean plain = true;
        // thousands groups: a comma followed by exactly three digits
        while (i < to && text.charAt(i) == ',' && groupOfThree(text, i + 1, to)) {
            i += 4;
            plain = false;
        }
        if (i + 1 < to && text.charAt(i) == '.' && isAsciiDigit(text.charAt(i + 1))) {
            i++;
            while (i < to && isAsciiDigit(text.charAt(i))) {
                i++;
            }
            plain = false;
        }
        String digits = text.substring(start, i).replace(",", "");
        double value = Double.parseDouble(digits);
        out.add(new Token(start, i, Token.Kind.NUMBER, text.substring(start, i), space, value, plain));
        return i;
    }

    private static boolean groupOfThree(String text, int at, int to) {
        if (at + 3 > to) {
            return false;
        }
        for (int k = at; k < at + 3; k++) {
            if (!isAsciiDigit(text.charAt(k))) {
                return false;
            }
        }
        return at + 3 == to || !isAsciiDigit(text.charAt(at + 3));
    }

    private static int readWord(String text, int start, int to) {
        int i = start + 1;
        int segment = 1;
        boolean abbreviation = false;
        while (i < to) {
            char c = text.charAt(i);
            if (isLetter(c) || c >= 128 && Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
                segment++;
            } else if ((c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011')
                    && i + 1 < to && isLetter(text.charAt(i + 1)) && !(c == '-' && roundingTail(text, i + 1, to))) {
                i++;
                segment = 0;
            } else if (c == '.' && segment == 1 && i + 1 < to && isLetter(text.charAt(i + 1))) {
                // "a.m.", "U.S.": single letters joined by dots are one abbreviation
                i++;
                segment = 0;
                abbreviation = true;
            } else {
                break;
            }
        }
        if (abbreviation && i < to && text.charAt(i) == '.') {
            i++;
        }
        return i;
    }

    /**
     * True when "odd", "plus" or "strong" ends the word at {@code at}: "forty-odd" and
     * "thirty-plus" split into a number, a hyphen and the trailing qualifier, as "300-odd" does;
     * "thousands-strong" and "nine-million-strong" into the amount, a hyphen and "strong", as
     * "5,000-strong" does.
     */
    private static boolean roundingTail(String text, int at, int to) {
        for (String tail : new String[] {"odd", "plus", "strong"}) {
            int end = at + tail.length();
            if (text.regionMatches(true, at, tail, 0, tail.length()) && (end >= to || !isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * When the chunk starting at {@code start} is a URL, hashtag, handle, path, clock time or
     * slashed or dotted date, the end of the part to skip (trailing punctuation excluded); else
     * {@code start}.
     */
    private static int opaqueChunkEnd(String text, int start, int to) {
        int end = start;
        boolean opaque = false;
        int innerDots = 0;
        while (end < to && !isSpace(text.charAt(end))) {
            char c = text.charAt(end);
            if (c == '@' || c == '#' || c == '_' || c == '/' || c == '\\' || c == '=') {
                opaque = true;
            } else if (c == ':' && end > start && end + 1 < to && isAsciiDigit(text.charAt(end - 1))
                    && isAsciiDigit(text.charAt(end + 1))) {
                opaque = true;
            } else if (c == '.' && end > start && end + 1 < to && isAsciiDigit(text.charAt(end - 1))
                    && isAsciiDigit(text.charAt(end + 1)) && ++innerDots == 2) {
                opaque = true; // "10.05.2024": a date written with dots
            } else if ((c == 'w' || c == 'W') && text.regionMatches(true, end, "www.", 0, 4)) {
                opaque = true;
            }
            end++;
        }
        if (!opaque) {
            return start;
        }
        while (end > start && ".,;:!?)]}\"'\u2019\u201d".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }
}
