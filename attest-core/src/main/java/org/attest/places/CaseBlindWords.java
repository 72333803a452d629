package org.attest.places;

import java.util.Arrays;

/**
 * The words of one text chained by length, with a hash that ignores case as {@link
 * String#regionMatches(boolean, int, String, int, int)} does, made per word on first use: a
 * question about every token that spells a word ("does this name stand alone anywhere, is it ever
 * in lower case?") walks the tokens of its length and compares the chars only of those whose hash
 * is the word's, instead of comparing every token of that length. The chains run in text order,
 * and callers still compare the words themselves, so the answer is that of a scan of the text.
 *
 * <p>Two words that match ignoring case map each char to the same {@code lower(upper(c))}
 * ({@code regionMatches} accepts a pair of chars when they are equal, their upper cases are, or
 * the lower cases of those are), so they share a hash; for a word all in ASCII that is the hash of
 * its lower case, which {@link Tokens} made while scanning. Words hold no surrogates (see {@link
 * Tokens#wordChar}), so their chars are code points.
 */
final class CaseBlindWords {
    private final Tokens t;
    /** The first token of each length, or -1. */
    private final int[] firstOfLength;
    /** The next token of the same length, or -1. */
    private final int[] next;
    private final int[] hash;
    private final boolean[] hashed;

    CaseBlindWords(Tokens t) {
        this.t = t;
        int longest = 0;
        for (int i = 0; i < t.size; i++) {
            longest = Math.max(longest, t.end[i] - t.start[i]);
        }
        firstOfLength = new int[longest + 1];
        Arrays.fill(firstOfLength, -1);
        next = new int[t.size];
        for (int i = t.size - 1; i >= 0; i--) { // from the end, so that each chain runs in text order
            int len = t.end[i] - t.start[i];
            next[i] = firstOfLength[len];
            firstOfLength[len] = i;
        }
        hash = new int[t.size];
        hashed = new boolean[t.size];
    }

    /** The first token, in text order, as long as word {@code w}. */
    int first(int w) {
        return firstOfLength[t.end[w] - t.start[w]];
    }

    /** The token after {@code i} as long as it, or -1. */
    int next(int i) {
        return next[i];
    }

    /** True when tokens {@code i} and {@code w} may be one word ignoring case: false means they are not. */
    boolean mayMatch(int i, int w) {
        return hashOf(i) == hashOf(w);
    }

    private int hashOf(int i) {
        if (t.ascii(i)) {
            return t.foldedHash(i);
        }
        if (!hashed[i]) {
            int h = 0;
            for (int k = t.start[i]; k < t.end[i]; k++) {
                char c = t.text.charAt(k);
                h = 31 * h + Character.toLowerCase(Character.toUpperCase((int) c));
            }
            hash[i] = h;
            hashed[i] = true;
        }
        return hash[i];
    }
}
