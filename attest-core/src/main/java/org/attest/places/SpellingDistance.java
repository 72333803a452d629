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
    /** Longest query {@link #withinBits} answers: one bit of a long per letter. */
    static final int BITS = 64;

    /**
     * The letter masks of a query of at most {@link #BITS} chars, for {@link #withinBits}: bit j
     * of {@code masks[c]} is set where {@code query[j] == c}. A row's letters are ISO-8859-1, so
     * a query letter above 255 matches none and sets no bit.
     */
    static long[] masks(char[] query) {
        long[] masks = new long[256];
        for (int j = 0; j < query.length; j++) {
            if (query[j] < 256) {
                masks[query[j]] |= 1L << j;
            }
        }
        return masks;
    }

    /**
     * {@link #within}'s answer for a query of {@code m} chars, {@code m} at most {@link #BITS}, by
     * the bit-parallel edit distance (Myers 1999, in Hyyrö's form for the distance of two whole
     * strings): the vertical differences of a whole column of the table in two longs, a row letter
     * a step of a dozen operations, where the band computed five cells a letter one by one. The
     * score is the table's last cell of each column; it moves by one at most per column, so once
     * it is more than {@code max} above what the letters left can take off, the answer is over.
     */
    static int withinBits(byte[] row, int from, int n, long[] masks, int m, int max) {
        int over = max + 1;
        if (Math.abs(n - m) > max) {
            return over;
        }
        if (m == 0) {
            return n; // an empty query: n insertions, at most max
        }
        long pv = -1L; // vertical +1 differences: D[j][0] = j
        long mv = 0;   // vertical -1 differences
        long last = 1L << (m - 1);
        int score = m;
        for (int i = 0; i < n; i++) {
            long eq = masks[row[from + i] & 0xff];
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & last) != 0) {
                score++;
            } else if ((mh & last) != 0) {
                score--;
            }
            ph = ph << 1 | 1; // the top row of the table: D[0][i] = i, a +1 difference each column
            mh = mh << 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            if (score - (n - 1 - i) > max) {
                return over;
            }
        }
        return Math.min(score, over);
    }

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
