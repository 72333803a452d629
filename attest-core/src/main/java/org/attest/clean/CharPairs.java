package org.attest.clean;

/**
 * The adjacent char pairs of a line's needle form ({@link LinePatterns#needleForm}), hashed into
 * 1,024 bits: a needle occurs in the line only if each of its pairs does, so a few bit tests rule
 * out most needles where a search would read the whole line once per needle (about thirty
 * needles, most lines holding none). Only ever says "maybe" or "no", never a wrong "no". A line
 * holding U+0130 or U+212A, whose needle form is the JDK's lower case, gets the filter that
 * passes every needle. Immutable.
 */
final class CharPairs {
    private static final int WORDS = 1024 / 64;
    /** The filter that rules out nothing. */
    static final CharPairs ALL = new CharPairs(null);

    /** Null for {@link #ALL}. */
    private final long[] bits;

    private CharPairs(long[] bits) {
        this.bits = bits;
    }

    /** The pairs of the line's needle form, read char by char as {@link LinePatterns#needleForm} maps them. */
    static CharPairs of(String line) {
        long[] bits = new long[WORDS];
        int previous = -1;
        for (int i = 0; i < line.length(); i++) {
            int c = line.charAt(i);
            if (c >= 128) {
                if (c == '\u0130' || c == '\u212A') {
                    return ALL;
                }
                c = 0x80;
            } else if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (previous >= 0) {
                int k = index(previous, c);
                bits[k >>> 6] |= 1L << k;
            }
            previous = c;
        }
        return new CharPairs(bits);
    }

    /** The bit indices of a lower-case ASCII needle's pairs, for {@link #mayHold}. */
    static int[] ofNeedle(String needle) {
        int[] pairs = new int[Math.max(0, needle.length() - 1)];
        for (int i = 0; i + 1 < needle.length(); i++) {
            pairs[i] = index(needle.charAt(i), needle.charAt(i + 1));
        }
        return pairs;
    }

    /** False only when some pair of the needle ({@link #ofNeedle}) is not in the line. */
    boolean mayHold(int[] needlePairs) {
        if (bits == null) {
            return true;
        }
        for (int k : needlePairs) {
            if ((bits[k >>> 6] & (1L << k)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Ten bits of a multiplicative hash of the two chars (each below 256). */
    private static int index(int a, int b) {
        return ((a << 8 | b) * 0x9E3779B1) >>> 22;
    }
}
