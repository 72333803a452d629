package org.attest.places;

import java.util.Arrays;

/**
 * The words of one text chained by length and a hash that ignores case as {@link
 * String#regionMatches(boolean, int, String, int, int)} does: a question about every token that
 * spells a word ("does this name stand alone anywhere, is it ever in lower case?") walks only the
 * tokens of its length and hash, and compares their chars. Chains by length alone made each
 * question walk every token of that length, a number that grows with the text: on a report of a
 * megabyte the walks grew with the square of its length. The chains run in text order, and
 * callers still compare the words themselves, so the answer is that of a scan of the text.
 *
 * <p>Two words that match ignoring case map each char to the same {@code lower(upper(c))}
 * ({@code regionMatches} accepts a pair of chars when they are equal, their upper cases are, or
 * the lower cases of those are), so they share a hash; for a word all in ASCII that is the hash of
 * its lower case, which {@link Tokens} made while scanning (only the other words' chars are read
 * here). Words hold no surrogates (see {@link Tokens#wordChar}), so their chars are code points.
 */
final class CaseBlindWords {
    private final Tokens t;
    /** The first token, in text order, of each token's chain. */
    private final int[] first;
    /** The next token of the same length and hash, or -1. */
    private final int[] next;
    private final int[] hash;

    CaseBlindWords(Tokens t) {
        this.t = t;
        int n = t.size;
        hash = new int[n];
        for (int i = 0; i < n; i++) {
            hash[i] = t.ascii(i) ? t.foldedHash(i) : foldedHash(i);
        }
        // open addressing over (length, hash): each slot holds a chain's first and last token
        int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1;
        int[] head = new int[capacity];
        int[] tail = new int[capacity];
        Arrays.fill(head, -1);
        first = new int[n];
        next = new int[n];
        for (int i = 0; i < n; i++) {
            int len = t.end[i] - t.start[i];
            int s = mix(hash[i], len) & (capacity - 1);
            while (head[s] >= 0 && !(hash[head[s]] == hash[i] && t.end[head[s]] - t.start[head[s]] == len)) {
                s = (s + 1) & (capacity - 1);
            }
            next[i] = -1;
            if (head[s] < 0) {
                head[s] = i;
            } else {
                next[tail[s]] = i;
            }
            tail[s] = i;
            first[i] = head[s];
        }
    }

    /** The first token, in text order, as long as word {@code w} and of its hash. */
    int first(int w) {
        return first[w];
    }

    /** The token after {@code i} as long as it and of its hash, or -1. */
    int next(int i) {
        return next[i];
    }

    /** True when tokens {@code i} and {@code w} may be one word ignoring case: false means they are not. */
    boolean mayMatch(int i, int w) {
        return hash[i] == hash[w];
    }

    private int foldedHash(int i) {
        int h = 0;
        for (int k = t.start[i]; k < t.end[i]; k++) {
            h = 31 * h + ResolvedSurfaces.fold(t.text.charAt(k));
        }
        return h;
    }

    private static int mix(int hash, int len) {
        int h = hash * 31 + len;
        return h ^ (h >>> 16);
    }
}
