package org.attest.events;

import java.util.Map;

/**
 * An immutable map from words to values for the per-word hot path of {@link WordIndex}: open
 * addressing over a power-of-two table at most a quarter full, each slot's key kept as its hash,
 * start and length in one array of the keys' characters. A probe compares the hash and then the
 * characters in that array, so it reads two arrays that stay in cache, where a {@code HashMap}
 * reads a node, the key string and its bytes, each somewhere else in the heap.
 *
 * @param <V> the value type; values are never null
 */
final class WordTable<V> {
    private final int mask;
    /** For slot {@code i}, at {@code 3 * i}: the key's {@link String#hashCode()}, start and length in {@link #chars}. */
    private final int[] keys;
    private final char[] chars;
    /** By slot; null for an empty slot. */
    private final Object[] values;

    WordTable(Map<String, V> map) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size()) * 4 - 1) << 1;
        this.mask = capacity - 1;
        this.keys = new int[3 * capacity];
        this.values = new Object[capacity];
        int total = 0;
        for (String k : map.keySet()) {
            total += k.length();
        }
        this.chars = new char[total];
        int at = 0;
        for (Map.Entry<String, V> e : map.entrySet()) {
            String k = e.getKey();
            int hash = k.hashCode();
            int i = spread(hash) & mask;
            while (values[i] != null) {
                i = (i + 1) & mask;
            }
            values[i] = java.util.Objects.requireNonNull(e.getValue(), "value");
            keys[3 * i] = hash;
            keys[3 * i + 1] = at;
            keys[3 * i + 2] = k.length();
            k.getChars(0, k.length(), chars, at);
            at += k.length();
        }
    }

    /** The value of {@code key}, or null when it has none. */
    @SuppressWarnings("unchecked")
    V get(String key) {
        int hash = key.hashCode();
        for (int i = spread(hash) & mask; values[i] != null; i = (i + 1) & mask) {
            int k = 3 * i;
            if (keys[k] == hash && same(key, keys[k + 1], keys[k + 2])) {
                return (V) values[i];
            }
        }
        return null;
    }

    private boolean same(String key, int start, int length) {
        if (key.length() != length) {
            return false;
        }
        for (int j = 0; j < length; j++) {
            if (key.charAt(j) != chars[start + j]) {
                return false;
            }
        }
        return true;
    }

    /** Mixes the high bits in, as {@code HashMap} does. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
