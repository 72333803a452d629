package org.attest.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.internal.Validate;

/**
 * Clusters of near-duplicate texts by locality-sensitive hashing of MinHash signatures, with
 * no all-pairs comparison. A signature is cut into {@code bands} bands of {@code rows} values;
 * two texts land in one bucket when a whole band is equal (likely once their similarity nears
 * {@code (1/bands)^(1/rows)}). Each bucket keeps only its first member, and a new text is
 * compared with that member alone and joined to its cluster (union-find) when the estimated
 * similarity reaches the threshold. So adding a text costs {@code bands} map look-ups and at
 * most {@code bands} signature comparisons, whatever the corpus size: linear overall.
 * Clusters are transitive (A~B, B~C puts A and C together). Not thread-safe: one per run.
 */
public final class LshIndex {
    private final int bands;
    private final int rows;
    private final double threshold;
    private final Map<Long, Integer> buckets = new HashMap<>();
    private final List<long[]> signatures = new ArrayList<>();
    private final List<Integer> parent = new ArrayList<>();
    private final List<Double> joinedAt = new ArrayList<>();

    public LshIndex(int bands, int rows, double threshold) {
        Validate.isTrue(bands > 0 && rows > 0, "bands and rows must be positive");
        this.bands = bands;
        this.rows = rows;
        this.threshold = threshold;
    }

    /**
     * Adds a signature of {@code bands * rows} values and returns its id (0, 1, ...); a
     * {@code null} signature (too short a text) gets an id and stays alone.
     */
    public int add(long[] sig) {
        int id = signatures.size();
        signatures.add(sig);
        parent.add(id);
        joinedAt.add(1.0);
        if (sig == null) {
            return id;
        }
        Validate.isTrue(sig.length == bands * rows, "signature length %d is not %d x %d", sig.length, bands, rows);
        for (int b = 0; b < bands; b++) {
            long key = b * 0x9E3779B97F4A7C15L + Arrays.hashCode(Arrays.copyOfRange(sig, b * rows, (b + 1) * rows));
            Integer first = buckets.putIfAbsent(key, id);
            if (first != null && find(first) != find(id)) {
                double sim = MinHash.similarity(sig, signatures.get(first));
                if (sim >= threshold) {
                    parent.set(find(id), find(first));
                    joinedAt.set(id, Math.min(joinedAt.get(id), sim));
                }
            }
        }
        return id;
    }

    /** The cluster of an id: the same number for every member. */
    public int cluster(int id) {
        return find(id);
    }

    /** The lowest similarity at which this text joined a cluster (1.0 when alone). */
    public double similarity(int id) {
        return joinedAt.get(id);
    }

    private int find(int id) {
        int root = id;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(id) != root) {
            int next = parent.get(id);
            parent.set(id, root);
            id = next;
        }
        return root;
    }
}
