package org.attest.places;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;

/**
 * A word list with a bit per hash in front of it. The passes ask their word lists about most
 * capitalised words of a text, and nearly every answer is no: one bit read answers most of them,
 * where the set alone walks its probe chain and compares strings. Asked about a word of a {@link
 * Tokens} ({@link #has}), a word all in ASCII is rejected by the hash the tokens made while
 * scanning, so it is not even folded into a string.
 *
 * <p>The same members and the same iteration order as the set it wraps.
 */
final class WordSet extends AbstractSet<String> {
    private final Set<String> words;
    /** Bit {@code mix(h) & mask} set when some member's {@link String#hashCode} is h. */
    private final long[] bits;
    private final int mask;
    /**
     * The members again, for lookups: open addressing over a power-of-two table at most a
     * quarter full, slot {@code i} at {@code 3 * i} holding a member's hash, start in {@link
     * #chars} and length. A probe compares the hash, then the characters in place, where the set
     * would read each member string and its bytes elsewhere in the heap.
     */
    private final int[] slots;
    private final char[] chars;
    private final int slotMask;

    private WordSet(Set<String> words) {
        this.words = words;
        // about 16 bits per word: one word in 16 outside the set passes the bits
        int size = Integer.highestOneBit(Math.max(64, words.size() * 16 - 1)) << 1;
        long[] b = new long[size >>> 6];
        int m = size - 1;
        for (String w : words) {
            int k = mix(w.hashCode()) & m;
            b[k >>> 6] |= 1L << k;
        }
        this.bits = b;
        this.mask = m;
        int capacity = Integer.highestOneBit(Math.max(4, words.size()) * 4 - 1) << 1;
        int[] sl = new int[3 * capacity];
        java.util.Arrays.fill(sl, -1); // a length of -1 marks an empty slot
        int total = 0;
        for (String w : words) {
            total += w.length();
        }
        char[] cs = new char[total];
        int at = 0;
        for (String w : words) {
            int i = mix(w.hashCode()) & (capacity - 1);
            while (sl[3 * i + 2] >= 0) {
                i = (i + 1) & (capacity - 1);
            }
            sl[3 * i] = w.hashCode();
            sl[3 * i + 1] = at;
            sl[3 * i + 2] = w.length();
            w.getChars(0, w.length(), cs, at);
            at += w.length();
        }
        this.slots = sl;
        this.chars = cs;
        this.slotMask = capacity - 1;
    }

    /** The words of {@code words} (copied as {@link Set#copyOf} does, unless already a word set). */
    static WordSet of(Collection<String> words) {
        return words instanceof WordSet w ? w : new WordSet(Set.copyOf(words));
    }

    static WordSet of(String... words) {
        return new WordSet(Set.of(words));
    }

    private static int mix(int h) {
        return h ^ (h >>> 15);
    }

    private boolean mayHold(int hash) {
        int k = mix(hash) & mask;
        return (bits[k >>> 6] & (1L << k)) != 0;
    }

    @Override
    public boolean contains(Object o) {
        if (o instanceof String s) {
            int h = s.hashCode();
            if (!mayHold(h)) {
                return false;
            }
            for (int i = mix(h) & slotMask; slots[3 * i + 2] >= 0; i = (i + 1) & slotMask) {
                if (slots[3 * i] == h && slots[3 * i + 2] == s.length() && same(slots[3 * i + 1], s)) {
                    return true;
                }
            }
            return false;
        }
        return words.contains(o); // null throws, as the immutable set does
    }

    /** {@code contains(t.folded(i))}, without folding a word all in ASCII into a string. */
    boolean has(Tokens t, int i) {
        if (!t.ascii(i)) {
            return contains(t.folded(i));
        }
        int h = t.foldedHash(i);
        if (!mayHold(h)) {
            return false;
        }
        int length = t.end[i] - t.start[i];
        for (int k = mix(h) & slotMask; slots[3 * k + 2] >= 0; k = (k + 1) & slotMask) {
            if (slots[3 * k] == h && slots[3 * k + 2] == length && t.foldsAsciiTo(i, chars, slots[3 * k + 1])) {
                return true;
            }
        }
        return false;
    }

    private boolean same(int at, String s) {
        for (int j = 0; j < s.length(); j++) {
            if (chars[at + j] != s.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
