package org.attest.places;

/**
 * {@link org.attest.gazetteer.NameKeys#boundedDistance} for {@link FuzzyMatcher}'s buckets: the
 * same answer, read from a bucket's bytes instead of a string per spelling, in two rows the caller
 * reuses, and only the cells within {@code max} of the diagonal computed. A path through any other
 * cell costs more than {@code max} (each step off the diagonal is an insertion or a deletion), so
 * the answer is the whole table's wherever it is {@code max} or less.
 */
final class SpellingDistance {
    private SpellingDistance() {}

    /**
     * The edit distance of {@code row[from, from + n)} (ISO-8859-1, as the gazetteer stores
     * spellings) and {@code query}, or {@code max + 1} when it is more than {@code max}.
     * {@code above} and {@code below} hold at least {@code query.length + 1} ints each; their
     * contents are overwritten.
     */
    static int within(byte[] row, int from, int n, char[] query, int max, int[] above, int[] below) {
        int m = query.length;
        int over = max + 1;
        if (Math.abs(n - m) > max) {
            return over;
        }
        int[] prev = above;
        int[] cur = below;
        for (int j = 0; j <= m; j++) {
            prev[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max);
            int hi = Math.min(m, i + max);
            cur[lo - 1] = lo == 1 ? Math.min(i, over) : over; // left of the band: out of reach
            int rowMin = cur[lo - 1];
            char c = (char) (row[from + i - 1] & 0xff);
            for (int j = lo; j <= hi; j++) {
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (c == query[j - 1] ? 0 : 1));
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (hi < m) {
                cur[hi + 1] = over; // right of the band: what the next row reads above its last cell
            }
            if (rowMin > max) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], over);
    }
}
