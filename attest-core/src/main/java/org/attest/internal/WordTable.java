package org.attest.internal;

import java.util.Map;

/**
 * An immutable open-addressing hash table from lower-case words to values that is probed with
 * a region of a text, ignoring case, without making a string: the scanner asks it about nearly
 * every word of a document, so a lookup must not allocate.
 *
 * <p>Each slot keeps its key's hash, start and length in one {@code int} array and the keys'
 * characters in one {@code char} array: a probe compares the hash before it reads any key, and a
 * key's characters before its value, so a miss costs a read of that array and a hit two reads
 * more, where a key kept as a {@code String} costs the string and its bytes, each elsewhere in the
 * heap (the tables are read once per word, after the other stages have filled the cache).
 *
 * @param <V> the value type
 */
public final class WordTable<V> {
    /** For slot {@code i}, at {@code 3 * i}: the key's {@link #hash}, start in {@link #chars} and length. */
    private final int[] slots;
    private final char[] chars;
    /** By slot; null for an empty slot. */
    private final Object[] values;
    private final int mask;
    private final long lengths; // bit k set when some key has length k (k < 64)
    /**
     * The {@link #signature} of each key, one bit each: a word whose bit is clear is no key, found
     * from two chars and its length without hashing the word or reading a slot. Most words probed
     * are no key (a lexicon knows a few hundred words of a text's thousands), and first char, last
     * char and length together tell most of them apart from the keys.
     */
    private final long[] signatures = new long[SIGNATURE_BITS / 64];
    private static final int SIGNATURE_BITS = 4096;

    public WordTable(Map<String, V> map) {
        int size = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
        slots = new int[3 * size];
        values = new Object[size];
        mask = size - 1;
        int total = 0;
        for (String k : map.keySet()) {
            total += k.length();
        }
        chars = new char[total];
        int at = 0;
        long l = 0;
        for (Map.Entry<String, V> e : map.entrySet()) {
            String k = e.getKey();
            int h = hash(k, 0, k.length());
            int i = h & mask;
            while (values[i] != null) {
                i = (i + 1) & mask;
            }
            values[i] = java.util.Objects.requireNonNull(e.getValue(), "value");
            slots[3 * i] = h;
            slots[3 * i + 1] = at;
            slots[3 * i + 2] = k.length();
            k.getChars(0, k.length(), chars, at);
            at += k.length();
            if (k.length() < 64) {
                l |= 1L << k.length();
            }
            if (!k.isEmpty()) {
                int b = signature(lower(k.charAt(0)), lower(k.charAt(k.length() - 1)), k.length());
                signatures[b >>> 6] |= 1L << b;
            }
        }
        lengths = l;
    }

    /** A table holding each word with itself as its value, for membership tests. */
    public static WordTable<String> of(java.util.Collection<String> words) {
        Map<String, String> map = new java.util.HashMap<>();
        for (String w : words) {
            map.put(w, w);
        }
        return new WordTable<>(map);
    }

    /** True when the word at [s, e) of {@code t}, in lower case, is a key. */
    public boolean contains(CharSequence t, int s, int e) {
        return get(t, s, e) != null;
    }

    /** The value of the word at [s, e) of {@code t}, compared in lower case, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V get(CharSequence t, int s, int e) {
        int n = e - s;
        if (n >= 64 || (lengths & (1L << n)) == 0 || n > 0 && !maySign(lower(t.charAt(s)), lower(t.charAt(e - 1)), n)) {
            return null;
        }
        int h = hash(t, s, e);
        for (int i = h & mask; values[i] != null; i = (i + 1) & mask) {
            int k = 3 * i;
            if (slots[k] == h && slots[k + 2] == n && same(slots[k + 1], t, s, n)) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** The value of the word at [s, e) of {@code t}, compared in lower case, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V get(char[] t, int s, int e) {
        int n = e - s;
        if (n >= 64 || (lengths & (1L << n)) == 0 || n > 0 && !maySign(lower(t[s]), lower(t[e - 1]), n)) {
            return null;
        }
        int h = 0;
        for (int i = s; i < e; i++) {
            h = 31 * h + lower(t[i]);
        }
        h ^= h >>> 16;
        for (int i = h & mask; values[i] != null; i = (i + 1) & mask) {
            int k = 3 * i;
            if (slots[k] == h && slots[k + 2] == n && same(slots[k + 1], t, s, n)) {
                return (V) values[i];
            }
        }
        return null;
    }

    private boolean same(int at, char[] t, int s, int n) {
        for (int j = 0; j < n; j++) {
            if (chars[at + j] != lower(t[s + j])) {
                return false;
            }
        }
        return true;
    }

    private boolean same(int at, CharSequence t, int s, int n) {
        for (int j = 0; j < n; j++) {
            if (chars[at + j] != lower(t.charAt(s + j))) {
                return false;
            }
        }
        return true;
    }

    /** True when some key has the {@link #signature} of a word with these first and last chars (lower case) and length. */
    private boolean maySign(char first, char last, int n) {
        int b = signature(first, last, n);
        return (signatures[b >>> 6] & (1L << b)) != 0;
    }

    /** The bit of a word's first and last chars (lower case) and length, a multiplicative hash into {@link #SIGNATURE_BITS}. */
    private static int signature(char first, char last, int n) {
        return ((first << 16 ^ last << 6 ^ n) * 0x9E3779B1) >>> (32 - 12); // 12 bits: SIGNATURE_BITS
    }

    private static int hash(CharSequence t, int s, int e) {
        int h = 0;
        for (int i = s; i < e; i++) {
            h = 31 * h + lower(t.charAt(i));
        }
        return h ^ (h >>> 16);
    }

    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }
}
