package org.attest.events;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Read-only copies of the lexicon's lookup tables for the per-word hot path. {@code Map.copyOf}
 * and {@code Set.of} tables place a key with a modulo and probe by {@code equals}; a
 * {@link HashMap} masks the hash and compares cached hash codes first, which is measurably cheaper
 * for the millions of misses a corpus makes.
 */
final class HashLookup {
    private HashLookup() {}

    static <K, V> Map<K, V> map(Map<K, V> m) {
        return Collections.unmodifiableMap(new HashMap<>(m));
    }

    static <T> Set<T> set(Set<T> s) {
        return Collections.unmodifiableSet(new HashSet<>(s));
    }

    @SafeVarargs
    static <T> Set<T> setOf(T... items) {
        return set(Set.of(items));
    }
}
