package org.attest.checks;

import java.util.Arrays;
import java.util.Locale;
import org.attest.internal.Validate;

/**
 * MinHash signatures of texts over word shingles: the share of equal positions in two
 * signatures estimates the Jaccard similarity of their shingle sets. A text's words are its
 * lower-cased runs of letters and digits (Unicode categories L and N); a shingle is
 * {@code shingle} consecutive words. Cost per text: one pass over its words and {@code hashes}
 * multiply-adds per shingle, so O(words x hashes); the signature is {@code hashes} longs.
 * Immutable and thread-safe.
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
        Words words = new Words();
        words.add(text);
        return signatures(words, new int[0], new int[0])[0];
    }

    /**
     * The words of a text as the hash codes of their lower-cased strings, appended text by text.
     * A text's words never run on into the next one's, so the words of lines added one by one
     * are those of the lines joined by line breaks.
     */
    static final class Words {
        private int[] hashes = new int[256];
        private int size;

        int size() {
            return size;
        }

        void add(String text) {
            String s = text.toLowerCase(Locale.ROOT);
            int h = 0;
            boolean inWord = false;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                int n = Character.charCount(cp);
                if (isWordChar(cp)) {
                    // String.hashCode of the word, one UTF-16 unit at a time
                    h = 31 * h + s.charAt(i);
                    if (n == 2) {
                        h = 31 * h + s.charAt(i + 1);
                    }
                    inWord = true;
                } else if (inWord) {
                    append(h);
                    h = 0;
                    inWord = false;
                }
                i += n;
            }
            if (inWord) {
                append(h);
            }
        }

        private void append(int h) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, size * 2);
            }
            hashes[size++] = h;
        }

        /** Letters and numbers: what the regular expression {@code [\p{L}\p{N}]} matches. */
        private static boolean isWordChar(int cp) {
            if (cp < 0x80) {
                return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
            }
            int type = Character.getType(cp);
            return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        }
    }

    /**
     * The signatures of a word sequence and of some of its parts in one pass, so that a shingle
     * inside a part is hashed once for both: element 0 is the whole's, element {@code 1 + k}
     * that of words {@code [from[k], to[k])}. The parts are in order and do not overlap. A
     * signature is {@code null} when it would cover fewer words than one shingle.
     */
    long[][] signatures(Words words, int[] from, int[] to) {
        Validate.isTrue(from.length == to.length, "parts need a start and an end each");
        long[][] out = new long[1 + from.length][];
        out[0] = words.size() >= shingle ? empty() : null;
        for (int k = 0; k < from.length; k++) {
            Validate.isTrue(from[k] <= to[k] && (k == 0 || to[k - 1] <= from[k]), "parts out of order");
            out[1 + k] = to[k] - from[k] >= shingle ? empty() : null;
        }
        int[] w = words.hashes;
        int part = 0;
        for (int i = 0; i + shingle <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + shingle; k++) {
                h = mix(h * 31 + w[k]);
            }
            while (part < from.length && to[part] < i + shingle) {
                part++;
            }
            boolean inPart = part < from.length && from[part] <= i;
            minInto(h, out[0], inPart ? out[1 + part] : null);
        }
        return out;
    }

    private long[] empty() {
        long[] sig = new long[mulA.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        return sig;
    }

    /** Lowers each position of the signatures to this shingle's value where it is smaller. */
    private void minInto(long shingleHash, long[] whole, long[] part) {
        long[] a = mulA;
        long[] b = addB;
        if (part == null) {
            for (int j = 0; j < a.length; j++) {
                long v = mix(shingleHash * a[j] + b[j]);
                if (v < whole[j]) {
                    whole[j] = v;
                }
            }
        } else {
            for (int j = 0; j < a.length; j++) {
                long v = mix(shingleHash * a[j] + b[j]);
                if (v < whole[j]) {
                    whole[j] = v;
                }
                if (v < part[j]) {
                    part[j] = v;
                }
            }
        }
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
