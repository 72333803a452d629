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
            return mayHold(s.hashCode()) && words.contains(s);
        }
        return words.contains(o); // null throws, as the immutable set does
    }

    /** {@code contains(t.folded(i))}, without folding a word all in ASCII that the bits reject. */
    boolean has(Tokens t, int i) {
        if (t.ascii(i) && !mayHold(t.foldedHash(i))) {
            return false;
        }
        return words.contains(t.folded(i));
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
