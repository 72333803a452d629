package org.attest.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Headlines, standfirsts and captions that run longer than a short line and carry no full stop
 * ("Riot police detain hundreds of striking dock workers after the port stoppage"). In a text
 * whose lines are whole paragraphs (no line anywhere is wrapped mid-sentence), such a line is a
 * piece of its own when the next line opens a new one with a capital letter, a digit or a
 * quote; otherwise a long line without a full stop was wrapped and goes on in the next line.
 * A line that ends on a word which leaves a sentence open ({@code open-line-endings.txt}: "the",
 * "of", "said") always goes on.
 */
final class UnwrappedLines {
    private final Set<String> openEndings;

    UnwrappedLines(Set<String> openEndings) {
        this.openEndings = Set.copyOf(openEndings);
    }

    static UnwrappedLines load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = UnwrappedLines.class.getResourceAsStream("open-line-endings.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource open-line-endings.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    words.addAll(Set.of(t.toLowerCase(Locale.ROOT).split("\\s+")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read open-line-endings.txt", e);
        }
        return new UnwrappedLines(words);
    }

    /**
     * Whether some line of the text ends without sentence punctuation and the next line, in the
     * same paragraph, goes on in lower case: the mark of a text wrapped at a fixed width.
     */
    static boolean hasWrappedLines(String text) {
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                return false;
            }
            int last = lastNonSpace(text, pos, end);
            int next = firstNonSpaceOnLine(text, end + 1);
            if (last >= 0 && next >= 0 && !closes(text.charAt(last)) && Character.isLowerCase(text.charAt(next))) {
                return true;
            }
            pos = end + 1;
        }
        return false;
    }

    /**
     * The width a wrapped text is wrapped at: the length of its longest line that ends without
     * sentence punctuation and goes on in lower case on the next line; 0 when there is none.
     */
    static int wrapWidth(String text) {
        int width = 0;
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                break;
            }
            int last = lastNonSpace(text, pos, end);
            int next = firstNonSpaceOnLine(text, end + 1);
            if (last >= 0 && next >= 0 && !closes(text.charAt(last)) && Character.isLowerCase(text.charAt(next))) {
                width = Math.max(width, last - pos + 1);
            }
            pos = end + 1;
        }
        return width;
    }

    /**
     * Whether the line {@code [ls, lineEnd)}, without final punctuation, ends its piece because
     * the next line (starting at {@code nextStart}) opens a new one; only asked of texts without
     * wrapped lines.
     */
    boolean endsUnwrappedLine(String text, int ls, int lineEnd, int nextStart) {
        char first = text.charAt(nextStart);
        boolean opens = Character.isUpperCase(first) || Character.isDigit(first)
                || first == '"' || first == '“' || first == '‘' || first == '\'';
        if (!opens) {
            return false;
        }
        int last = lastNonSpace(text, ls, lineEnd);
        int k = last;
        while (k >= ls && Character.isLetter(text.charAt(k))) {
            k--;
        }
        String word = text.substring(k + 1, last + 1).toLowerCase(Locale.ROOT);
        return !word.isEmpty() && !openEndings.contains(word);
    }

    private static boolean closes(char c) {
        return Boundaries.isTerminator(c) || Boundaries.isCloser(c) || c == ':' || c == ';';
    }

    /** The last non-space offset in {@code [from, to)}, or -1 for a blank stretch. */
    private static int lastNonSpace(String text, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /** The first non-space offset of the line starting at {@code from}, or -1 when it is blank. */
    private static int firstNonSpaceOnLine(String text, int from) {
        for (int k = from; k < text.length() && text.charAt(k) != '\n'; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }
}
