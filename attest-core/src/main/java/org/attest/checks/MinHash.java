package org.attest.checks;

import java.util.Locale;
import org.attest.internal.Validate;

/**
 * MinHash signatures of texts over word shingles: the share of equal positions in two
 * signatures estimates the Jaccard similarity of their shingle sets. Cost per text: one pass
 * over its words and {@code hashes} multiply-adds per shingle, so O(words x hashes); the
 * signature is {@code hashes} longs. Immutable and thread-safe.
 */
public final class MinHash {
    private final int shingle;
    private final long[] mulA;
    private final long[] addB;

    /**
     * @param hashes  signature length (a multiple of the LSH band width)
     * @param shingle words per shingle
     * @param seed    fixes the hash family, so that signatures are comparable across runs
     */
    public MinHash(int hashes, int shingle, long seed) {
        Validate.isTrue(hashes > 0 && shingle > 0, "hashes and shingle must be positive");
        this.shingle = shingle;
        this.mulA = new long[hashes];
        this.addB = new long[hashes];
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = 0; i < hashes; i++) {
            mulA[i] = r.nextLong() | 1L;
            addB[i] = r.nextLong();
        }
    }

    public int length() {
        return mulA.length;
    }

    /** The signature of a text, or {@code null} when it has fewer words than one shingle. */
    public long[] signature(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int n = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                words[n++] = w;
            }
        }
        if (n < shingle) {
            return null;
        }
        long[] sig = new long[mulA.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int i = 0; i + shingle <= n; i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + shingle; k++) {
                h = mix(h * 31 + words[k].hashCode());
            }
            for (int j = 0; j < sig.length; j++) {
                long v = mix(h * mulA[j] + addB[j]);
                if (v < sig[j]) {
                    sig[j] = v;
                }
            }
        }
        return sig;
    }

    /** The estimated Jaccard similarity of the texts behind two signatures of one family. */
    public static double similarity(long[] a, long[] b) {
        Validate.isTrue(a.length == b.length, "signatures of different lengths");
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return (double) same / a.length;
    }

    /** A 64-bit finaliser (from SplitMix64), so that nearby inputs give unrelated outputs. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
