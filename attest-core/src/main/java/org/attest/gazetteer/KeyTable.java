package org.attest.gazetteer;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * An immutable open-addressing table from 64-bit key hashes to lists of int entries. Kept as
 * three primitive arrays so that it is small in memory and loads with bulk reads.
 * A slot's value is either one entry ({@code >= 0}) or {@code -(offset + 1)} into
 * {@code postings}, where {@code postings[offset]} holds a count followed by the entries.
 */
final class KeyTable {
    private static final int[] NONE = new int[0];

    private final long[] keys;
    private final int[] values;
    private final int[] postings;
    private final int mask;

    private KeyTable(long[] keys, int[] values, int[] postings) {
        this.keys = keys;
        this.values = values;
        this.postings = postings;
        this.mask = keys.length - 1;
    }

    /** The entries stored under {@code hash}; an empty array when there are none. */
    int[] get(long hash) {
        int slot = (int) hash & mask;
        while (true) {
            long k = keys[slot];
            if (k == 0) {
                return NONE;
            }
            if (k == hash) {
                int v = values[slot];
                if (v >= 0) {
                    return new int[] {v};
                }
                int off = -v - 1;
                return Arrays.copyOfRange(postings, off + 1, off + 1 + postings[off]);
            }
            slot = (slot + 1) & mask;
        }
    }

    boolean contains(long hash) {
        int slot = (int) hash & mask;
        while (true) {
            long k = keys[slot];
            if (k == 0) {
                return false;
            }
            if (k == hash) {
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }

    int size() {
        int n = 0;
        for (long k : keys) {
            n += k != 0 ? 1 : 0;
        }
        return n;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(keys.length);
        out.writeInt(postings.length);
        for (long k : keys) {
            out.writeLong(k);
        }
        for (int v : values) {
            out.writeInt(v);
        }
        for (int p : postings) {
            out.writeInt(p);
        }
    }

    static KeyTable read(DataInputStream in) throws IOException {
        int slots = in.readInt();
        int posts = in.readInt();
        long[] keys = new long[slots];
        int[] values = new int[slots];
        int[] postings = new int[posts];
        byte[] buf = new byte[slots * 8];
        in.readFully(buf);
        java.nio.ByteBuffer.wrap(buf).asLongBuffer().get(keys);
        buf = new byte[slots * 4];
        in.readFully(buf);
        java.nio.ByteBuffer.wrap(buf).asIntBuffer().get(values);
        buf = new byte[posts * 4];
        in.readFully(buf);
        java.nio.ByteBuffer.wrap(buf).asIntBuffer().get(postings);
        return new KeyTable(keys, values, postings);
    }

    /** Collects entries per key, then freezes them into a table. */
    static final class Builder {
        private final java.util.HashMap<Long, int[]> map = new java.util.HashMap<>();

        /** Adds {@code entry} under {@code hash} unless an entry for the same place is there. */
        void add(long hash, int entry, int placeOf) {
            int[] cur = map.get(hash);
            if (cur == null) {
                map.put(hash, new int[] {entry});
                return;
            }
            for (int e : cur) {
                if (e / placeOf == entry / placeOf) {
                    return; // first (best) kind of match for a place wins
                }
            }
            int[] next = Arrays.copyOf(cur, cur.length + 1);
            next[cur.length] = entry;
            map.put(hash, next);
        }

        KeyTable build() {
            int slots = Integer.highestOneBit(Math.max(16, map.size() * 2 - 1)) << 1;
            long[] keys = new long[slots];
            int[] values = new int[slots];
            int[] postings = new int[countPostings()];
            int mask = slots - 1;
            int off = 0;
            for (var e : map.entrySet()) {
                long h = e.getKey();
                int slot = (int) h & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = h;
                int[] entries = e.getValue();
                if (entries.length == 1) {
                    values[slot] = entries[0];
                } else {
                    values[slot] = -(off + 1);
                    postings[off++] = entries.length;
                    System.arraycopy(entries, 0, postings, off, entries.length);
                    off += entries.length;
                }
            }
            return new KeyTable(keys, values, postings);
        }

        private int countPostings() {
            int n = 0;
            for (int[] v : map.values()) {
                n += v.length == 1 ? 0 : v.length + 1;
            }
            return n;
        }
    }
}
