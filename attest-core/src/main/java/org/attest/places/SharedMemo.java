package org.attest.places;

import java.util.function.LongFunction;
import java.util.function.ToLongFunction;

/**
 * Answers of a pure lookup by 64-bit name key, kept across documents in a small direct-mapped
 * table: a later key that lands on the same slot replaces the earlier one. The gazetteer and
 * region indexes are tens of megabytes, so each probe of them is several cache misses; the few
 * thousand names a stream of reports keeps repeating ("Iran", "The", "Tehran") are answered from
 * here instead. A cache of a pure function, like {@link FuzzyMatcher}'s: results do not depend on
 * what it holds.
 *
 * <p>Each answer carries its own key ({@code keyOf}), so a slot holds the answer itself: a hit
 * reads the slot and the answer, which the caller reads next anyway, and no box in between (the
 * table is read once per distinct name and document, and each read is a cache miss).
 *
 * <p>Thread-safe without locks: answers are immutable (final fields, so a thread that sees the
 * reference sees the key and the answer); a racing write only loses an entry.
 *
 * @param <V> the answer type; answers are shared and must not be changed by their users
 */
final class SharedMemo<V> {
    private final Object[] slots;
    private final int mask;
    private final ToLongFunction<V> keyOf;

    /** A table of {@code 1 << bits} slots, for answers whose key {@code keyOf} reads. */
    SharedMemo(int bits, ToLongFunction<V> keyOf) {
        this.slots = new Object[1 << bits];
        this.mask = slots.length - 1;
        this.keyOf = keyOf;
    }

    /**
     * The answer for {@code key}: the one kept, or {@code lookup}'s, which is then kept.
     * {@code lookup} must return an answer whose key is {@code key}.
     */
    @SuppressWarnings("unchecked")
    V get(long key, LongFunction<V> lookup) {
        int i = mix(key) & mask;
        V s = (V) slots[i];
        if (s != null && keyOf.applyAsLong(s) == key) {
            return s;
        }
        V v = lookup.apply(key);
        slots[i] = v;
        return v;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }
}
