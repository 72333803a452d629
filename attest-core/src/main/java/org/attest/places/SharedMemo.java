package org.attest.places;

import java.util.function.LongFunction;

/**
 * Answers of a pure lookup by 64-bit name key, kept across documents in a small direct-mapped
 * table: a later key that lands on the same slot replaces the earlier one. The gazetteer and
 * region indexes are tens of megabytes, so each probe of them is several cache misses; the few
 * thousand names a stream of reports keeps repeating ("Iran", "The", "Tehran") are answered from
 * here instead. A cache of a pure function, like {@link FuzzyMatcher}'s: results do not depend on
 * what it holds.
 *
 * <p>Thread-safe without locks: a slot holds one immutable {@link Slot} (final fields, so a
 * thread that sees the reference sees its key and answer); a racing write only loses an entry.
 *
 * @param <V> the answer type; answers are shared and must not be changed by their users
 */
final class SharedMemo<V> {
    private record Slot(long key, Object value) {}

    private final Slot[] slots;
    private final int mask;

    /** A table of {@code 1 << bits} slots. */
    SharedMemo(int bits) {
        this.slots = new Slot[1 << bits];
        this.mask = slots.length - 1;
    }

    /** The answer for {@code key}: the one kept, or {@code lookup}'s, which is then kept. */
    @SuppressWarnings("unchecked")
    V get(long key, LongFunction<V> lookup) {
        int i = mix(key) & mask;
        Slot s = slots[i];
        if (s != null && s.key() == key) {
            return (V) s.value();
        }
        V v = lookup.apply(key);
        slots[i] = new Slot(key, v);
        return v;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }
}
