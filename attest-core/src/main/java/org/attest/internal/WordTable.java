package org.attest.internal;

import java.util.Map;

/**
 * An immutable open-addressing hash table from lower-case words to values that is probed with
 * a region of a text, ignoring case, without making a string: the scanner asks it about nearly
 * every word of a document, so a lookup must not allocate.
 *
 * @param <V> the value type
 */
public final class WordTable<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;
    private final long lengths; // bit k set when some key has length k (k < 64)

    public WordTable(Map<String, V> map) {
        int size = Integer.highestOneBit(Math.max(4, map.size() * 3)) << 1;
        keys = new String[size];
        values = new Object[size];
        mask = size - 1;
        long l = 0;
        for (Map.Entry<String, V> e : map.entrySet()) {
            String k = e.getKey();
            int i = hash(k, 0, k.length()) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            values[i] = e.getValue();
            if (k.length() < 64) {
                l |= 1L << k.length();
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
        if (n >= 64 || (lengths & (1L << n)) == 0) {
            return null;
        }
        int i = hash(t, s, e) & mask;
        for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k.length() == n && same(k, t, s)) {
                return (V) values[i];
            }
        }
        return null;
    }

    /** The value of the word at [s, e) of {@code t}, compared in lower case, or {@code null}. */
    @SuppressWarnings("unchecked")
    public V get(char[] t, int s, int e) {
        int n = e - s;
        if (n >= 64 || (lengths & (1L << n)) == 0) {
            return null;
        }
        int h = 0;
        for (int i = s; i < e; i++) {
            h = 31 * h + lower(t[i]);
        }
        int i = (h ^ (h >>> 16)) & mask;
        for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k.length() == n && same(k, t, s)) {
                return (V) values[i];
            }
        }
        return null;
    }

    private static boolean same(String k, char[] t, int s) {
        for (int j = 0; j < k.length(); j++) {
            if (k.charAt(j) != lower(t[s + j])) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(String k, CharSequence t, int s) {
        for (int j = 0; j < k.length(); j++) {
            if (k.charAt(j) != lower(t.charAt(s + j))) {
                return false;
            }
        }
        return true;
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
