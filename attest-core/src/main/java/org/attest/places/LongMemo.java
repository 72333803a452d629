package org.attest.places;

import java.util.function.LongFunction;

/**
 * Answers already given for one document, by 64-bit name key. A report repeats its names
 * ("Tehran", "The", "Iran"), and each gazetteer probe is a cache miss into an index of tens of
 * megabytes, so the candidate finder asks the index once per distinct key and document. Made
 * per run of the stage and never shared: no state outlives the document.
 *
 * <p>An empty slot holds the key 0, so a probe reads the keys alone until it finds its own (a
 * separate array of flags was a second memory read per probe); the answer for the key 0 itself,
 * which name keys never are, is kept apart.
 *
 * @param <V> the answer type; answers must not be changed by their users
 */
final class LongMemo<V> {
    private long[] keys;
    private Object[] values;
    private int size;
    private boolean zeroAsked;
    private Object zeroValue;

    LongMemo() {
        keys = new long[256];
        values = new Object[256];
    }

    /** The answer for {@code key}, computed by {@code lookup} on the first question only. */
    @SuppressWarnings("unchecked")
    V get(long key, LongFunction<V> lookup) {
        if (key == 0) {
            if (!zeroAsked) {
                zeroValue = lookup.apply(0);
                zeroAsked = true;
            }
            return (V) zeroValue;
        }
        long[] ks = keys;
        int mask = ks.length - 1;
        int slot = mix(key) & mask;
        for (long k = ks[slot]; k != 0; k = ks[slot]) {
            if (k == key) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        V v = lookup.apply(key);
        ks[slot] = key;
        values[slot] = v;
        if (++size * 2 > ks.length) {
            grow();
        }
        return v;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        int n = oldKeys.length * 2;
        keys = new long[n];
        values = new Object[n];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = mix(oldKeys[i]) & (n - 1);
                while (keys[slot] != 0) {
                    slot = (slot + 1) & (n - 1);
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private static int mix(long key) {
        return (int) (key ^ (key >>> 32));
    }
}
