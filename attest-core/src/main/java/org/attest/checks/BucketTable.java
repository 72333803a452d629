package org.attest.checks;

import java.util.Arrays;

/**
 * The first id stored under each int key: an open-addressing hash table of two int arrays, for
 * {@link LshIndex}'s bands. A band of a corpus of 100,000 documents holds about a million
 * keys; as {@code Map<Long, Integer>} each costs about 70 bytes of nodes and boxes, here 16 to
 * 32 (the table is kept at most half full, for short probes). Ids are not negative. Not
 * thread-safe.
 */
final class BucketTable {
    private static final int EMPTY = -1;
    private int[] keys = new int[64];
    private int[] ids = filled(64);
    private int size;

    /** The id stored under {@code key}; when there is none, stores {@code id} and returns -1. */
    int putIfAbsent(int key, int id) {
        int mask = ids.length - 1;
        for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
            if (ids[slot] == EMPTY) {
                keys[slot] = key;
                ids[slot] = id;
                if (++size * 2 > ids.length) {
                    grow();
                }
                return -1;
            }
            if (keys[slot] == key) {
                return ids[slot];
            }
        }
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new int[oldIds.length * 2];
        ids = filled(oldIds.length * 2);
        int mask = ids.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != EMPTY) {
                int slot = spread(oldKeys[i]) & mask;
                while (ids[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                ids[slot] = oldIds[i];
            }
        }
    }

    /** Band hashes are Arrays.hashCode values, whose low bits are poor: mix them (Murmur3's finaliser). */
    private static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }

    private static int[] filled(int n) {
        int[] a = new int[n];
        Arrays.fill(a, EMPTY);
        return a;
    }
}
