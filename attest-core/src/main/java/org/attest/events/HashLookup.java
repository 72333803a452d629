package org.attest.events;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Copies of the lexicon's lookup tables for the per-word hot path. {@code Map.copyOf} and
 * {@code Set.of} tables place a key with a modulo and probe by {@code equals}, and an
 * unmodifiable wrapper adds a call the JIT cannot inline (its one call site serves every
 * collection in the program); a plain {@link HashMap} masks the hash and compares cached hash
 * codes first. The copies are mutable types: whoever holds one keeps it private and never
 * changes it.
 */
final class HashLookup {
    private HashLookup() {}

    static <K, V> Map<K, V> map(Map<K, V> m) {
        return new HashMap<>(m);
    }

    static <T> Set<T> set(Set<T> s) {
        return new HashSet<>(s);
    }

    @SafeVarargs
    static <T> Set<T> setOf(T... items) {
        return set(Set.of(items));
    }
}
