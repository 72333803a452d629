package org.attest.internal;

/**
 * Searches in sorted {@code int} arrays of offsets (starts of spans, of mentions). The JDK's
 * {@code Arrays.binarySearch} names no particular index among equal keys; these searches need the
 * first.
 */
public final class SortedInts {
    private SortedInts() {}

    /** The first index whose value is at or after {@code key}: the number of values below it. */
    public static int firstAtOrAfter(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first index whose value is after {@code key}: the number of values at or below it. */
    public static int firstAfter(int[] sorted, int key) {
        return key == Integer.MAX_VALUE ? sorted.length : firstAtOrAfter(sorted, key + 1);
    }
}
