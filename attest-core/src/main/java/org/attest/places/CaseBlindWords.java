package org.attest.places;

import java.util.Arrays;

/**
 * The words of one text chained by a hash that ignores case as {@link String#regionMatches(boolean,
 * int, String, int, int)} does: a question about every token that spells a word ("does this name
 * stand alone anywhere, is it ever in lower case?") walks the few tokens of its chain instead of
 * scanning the whole text once per name. The chain is only a filter: callers still compare the
 * words themselves, and the chain gives the tokens in text order, so the answer is the scan's.
 *
 * <p>Two words that match ignoring case map each char to the same {@code lower(upper(c))}
 * ({@code regionMatches} accepts a pair of chars when they are equal, their upper cases are, or
 * the lower cases of those are), so they share a hash. Words hold no surrogates (see {@link
 * Tokens}), so their chars are code points.
 */
final class CaseBlindWords {
    private final int[] hash;
    private final int[] next;
    private final int[] keys;
    private final int[] heads;
    private final int mask;

    CaseBlindWords(String text, int[] start, int[] end, int size) {
        hash = new int[size];
        for (int i = 0; i < size; i++) {
            int h = end[i] - start[i];
            for (int k = start[i]; k < end[i]; k++) {
                char c = text.charAt(k);
                int folded = c < 128 ? (c >= 'A' && c <= 'Z' ? c + 32 : c)
                        : Character.toLowerCase(Character.toUpperCase((int) c));
                h = 31 * h + folded;
            }
            hash[i] = h;
        }
        int slots = Integer.highestOneBit(Math.max(4, size * 2)) << 1;
        keys = new int[slots];
        heads = new int[slots];
        Arrays.fill(heads, -1);
        mask = slots - 1;
        next = new int[size];
        for (int i = size - 1; i >= 0; i--) { // from the end, so that each chain runs in text order
            int s = slot(hash[i]);
            next[i] = heads[s];
            keys[s] = hash[i];
            heads[s] = i;
        }
    }

    private int slot(int h) {
        int s = (h * 0x9E3779B9) >>> 8 & mask;
        while (heads[s] >= 0 && keys[s] != h) {
            s = (s + 1) & mask;
        }
        return s;
    }

    /** The first token, in text order, of the chain that holds word {@code w}. */
    int first(int w) {
        return heads[slot(hash[w])];
    }

    /** The token after {@code i} in its chain, or -1. */
    int next(int i) {
        return next[i];
    }
}
