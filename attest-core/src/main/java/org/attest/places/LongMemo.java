package org.attest.places;

import java.util.function.LongFunction;

/**
 * Answers already given for one document, by 64-bit name key. A report repeats its names
 * ("Tehran", "The", "Iran"), and each gazetteer probe is a cache miss into an index of tens of
 * megabytes, so the candidate finder asks the index once per distinct key and document. Made
 * per run of the stage and never shared: no state outlives the document.
 *
 * @param <V> the answer type; answers must not be changed by their users
 */
final class LongMemo<V> {
    private long[] keys;
    private Object[] values;
    private boolean[] used;
    private int size;

    LongMemo() {
        keys = new long[256];
        values = new Object[256];
        used = new boolean[256];
    }

    /** The answer for {@code key}, computed by {@code lookup} on the first question only. */
    @SuppressWarnings("unchecked")
    V get(long key, LongFunction<V> lookup) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (used[slot]) {
            if (keys[slot] == key) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        V v = lookup.apply(key);
        keys[slot] = key;
        values[slot] = v;
        used[slot] = true;
        if (++size * 2 > keys.length) {
            grow();
        }
        return v;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        boolean[] oldUsed = used;
        int n = oldKeys.length * 2;
        keys = new long[n];
        values = new Object[n];
        used = new boolean[n];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int slot = mix(oldKeys[i]) & (n - 1);
                while (used[slot]) {
                    slot = (slot + 1) & (n - 1);
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                used[slot] = true;
            }
        }
    }

    private static int mix(long key) {
        return (int) (key ^ (key >>> 32));
    }
}
