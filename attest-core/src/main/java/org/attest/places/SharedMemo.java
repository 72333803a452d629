package org.attest.places;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * Answers of a pure lookup by 64-bit name key, kept across documents in a small direct-mapped
 * table: a later key that lands on the same slot replaces the earlier one. The gazetteer and
 * region indexes are tens of megabytes, so each probe of them is several cache misses; the few
 * thousand names a stream of reports keeps repeating ("Iran", "The", "Tehran") are answered from
 * here instead. A cache of a pure function, like {@link FuzzyMatcher}'s: results do not depend on
 * what it holds.
 *
 * <p>Most answers say only "nothing here" (and whether a longer name goes on): those are kept
 * as two flag bits beside their key in one {@code long} per slot, and given back as the caller's
 * shared constant ({@code plain}), so a probe that finds one reads that {@code long} and no
 * object. (The table is read once per distinct name and document, after the other stages have
 * filled the cache: the object behind the slot was a second miss on every probe.) The slot's
 * {@code long} holds the key with its low three bits replaced by a mark and the flags; the key's
 * low three bits are the slot's own (every key in a slot shares them), so the key is still
 * compared whole.
 *
 * <p>Thread-safe without locks: a slot's key and flags are one {@code long}, written and read
 * whole; answers with an object are immutable and carry their key, which is compared again on a
 * hit; a racing write only loses an entry.
 *
 * @param <V> the answer type; answers are shared and must not be changed by their users
 */
final class SharedMemo<V> {
    private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);
    /** The low bits of a slot's word: a mark that the slot is filled, and the answer's two flags. */
    private static final long LOW = 7;
    private static final long FILLED = 4;

    private final long[] words;
    private final Object[] slots;
    private final int mask;
    private final ToLongFunction<V> keyOf;
    private final ToIntFunction<V> flagsOf;
    private final IntFunction<V> plain;

    /** A table of {@code 1 << bits} slots, for answers whose key {@code keyOf} reads; every answer is kept whole. */
    SharedMemo(int bits, ToLongFunction<V> keyOf) {
        this(bits, keyOf, v -> 0, f -> null);
    }

    /**
     * A table of {@code 1 << bits} slots. {@code flagsOf} gives an answer's flags (0 to 3);
     * {@code plain} the shared answer that stands for every answer with these flags, or null
     * when such answers must be kept whole. A plain answer's key is not read.
     */
    SharedMemo(int bits, ToLongFunction<V> keyOf, ToIntFunction<V> flagsOf, IntFunction<V> plain) {
        this.words = new long[1 << bits];
        this.slots = new Object[1 << bits];
        this.mask = words.length - 1;
        this.keyOf = keyOf;
        this.flagsOf = flagsOf;
        this.plain = plain;
    }

    /**
     * The answer for {@code key}: the one kept, or {@code lookup}'s, which is then kept.
     * {@code lookup} must return an answer whose key is {@code key}.
     */
    @SuppressWarnings("unchecked")
    V get(long key, LongFunction<V> lookup) {
        int i = slot(key);
        long w = (long) WORDS.getOpaque(words, i);
        if ((w & ~LOW) == (key & ~LOW) && (w & FILLED) != 0) {
            int flags = (int) (w & 3);
            V p = plain.apply(flags);
            if (p != null) {
                return p;
            }
            V s = (V) slots[i];
            if (s != null && keyOf.applyAsLong(s) == key) {
                return s;
            }
        }
        V v = lookup.apply(key);
        int flags = flagsOf.applyAsInt(v);
        V p = plain.apply(flags);
        slots[i] = p != null ? null : v;
        WORDS.setOpaque(words, i, (key & ~LOW) | FILLED | flags);
        return p != null ? p : v;
    }

    /** The slot of a key: its low three bits are the key's own, so keys that share a slot share them. */
    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return ((int) (h >>> 32) & mask & ~(int) LOW) | (int) (key & LOW);
    }
}
