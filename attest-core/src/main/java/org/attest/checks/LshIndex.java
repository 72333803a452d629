package org.attest.checks;

import java.util.Arrays;
import org.attest.internal.Validate;

/**
 * Clusters of near-duplicate texts by locality-sensitive hashing of MinHash signatures, with
 * no all-pairs comparison. A signature is cut into {@code bands} bands of {@code rows} values;
 * two texts land in one bucket when a whole band is equal (likely once their similarity nears
 * {@code (1/bands)^(1/rows)}). Each bucket keeps only its first member, and a new text is
 * compared with that member alone and joined to its cluster (union-find) when the estimated
 * similarity reaches the threshold. So adding a text costs {@code bands} table look-ups and at
 * most {@code bands} signature comparisons, whatever the corpus size: linear overall. Memory:
 * the signatures of texts that are the first member of some bucket (no other is compared
 * again), and per band an int table of first members ({@link BucketTable}).
 * Clusters are transitive (A~B, B~C puts A and C together). Not thread-safe: one per run.
 */
public final class LshIndex {
    private final int bands;
    private final int rows;
    private final double threshold;
    /** Per band: the first id whose band hashed to each value. */
    private final BucketTable[] buckets;
    private long[][] signatures = new long[64][];
    private int[] parent = new int[64];
    private double[] joinedAt = new double[64];
    private int size;

    public LshIndex(int bands, int rows, double threshold) {
        Validate.isTrue(bands > 0 && rows > 0, "bands and rows must be positive");
        this.bands = bands;
        this.rows = rows;
        this.threshold = threshold;
        this.buckets = new BucketTable[bands];
        Arrays.setAll(buckets, b -> new BucketTable());
    }

    /**
     * Adds a signature of {@code bands * rows} values and returns its id (0, 1, ...); a
     * {@code null} signature (too short a text) gets an id and stays alone.
     */
    public int add(long[] sig) {
        int id = size;
        if (id == parent.length) {
            int n = id * 2;
            signatures = Arrays.copyOf(signatures, n);
            parent = Arrays.copyOf(parent, n);
            joinedAt = Arrays.copyOf(joinedAt, n);
        }
        size++;
        signatures[id] = sig;
        parent[id] = id;
        joinedAt[id] = 1.0;
        if (sig == null) {
            return id;
        }
        Validate.isTrue(sig.length == bands * rows, "signature length %d is not %d x %d", sig.length, bands, rows);
        boolean firstSomewhere = false;
        for (int b = 0; b < bands; b++) {
            int first = buckets[b].putIfAbsent(bandHash(sig, b), id);
            firstSomewhere |= first < 0;
            if (first >= 0 && find(first) != find(id)) {
                double sim = MinHash.similarity(sig, signatures[first]);
                if (sim >= threshold) {
                    parent[find(id)] = find(first);
                    joinedAt[id] = Math.min(joinedAt[id], sim);
                }
            }
        }
        if (!firstSomewhere) {
            // only a bucket's first member is ever compared again: a text that opened no
            // bucket needs no signature (in a corpus of copies, about half the paragraphs)
            signatures[id] = null;
        }
        return id;
    }

    /** {@code Arrays.hashCode} of band {@code b}, without copying it out. */
    private int bandHash(long[] sig, int b) {
        int h = 1;
        for (int i = b * rows; i < (b + 1) * rows; i++) {
            h = 31 * h + Long.hashCode(sig[i]);
        }
        return h;
    }

    /** The cluster of an id: the same number for every member. */
    public int cluster(int id) {
        Validate.isTrue(id >= 0 && id < size, "no text %d", id);
        return find(id);
    }

    /** The lowest similarity at which this text joined a cluster (1.0 when alone). */
    public double similarity(int id) {
        Validate.isTrue(id >= 0 && id < size, "no text %d", id);
        return joinedAt[id];
    }

    private int find(int id) {
        int root = id;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[id] != root) {
            int next = parent[id];
            parent[id] = root;
            id = next;
        }
        return root;
    }
}
