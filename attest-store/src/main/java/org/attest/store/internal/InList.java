package org.attest.store.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code IN (?, ?, ...)} lists for looking many keys up in few queries, in chunks of
 * {@link #CHUNK} keys.
 */
final class InList {
    /**
     * Keys per query. PostgreSQL's planner prices an index probe as a random read from disk,
     * so for a long list it prefers to scan the whole table while the table is small enough
     * (planned for its values, at 9,500 documents: 128 SHA-256s by a scan, 2.8 ms; 64 or 16 by
     * the index, 0.3 and 0.1 ms). With 16 keys a query uses the index from about 2,000 rows on,
     * for a round trip per 16 keys. 64 keys a query took a lookup of 64 documents from 0.5 to
     * 0.36 ms, which did not show in a whole pass of skipped files (reading and hashing them cost
     * more), and would scan tables of a few thousand rows. SQLite always probes the index; there
     * the chunk size hardly matters.
     */
    static final int CHUNK = 16;

    private InList() {
    }

    /** {@code (?, ?, ?)} with {@code n} placeholders, n &gt; 0. */
    static String of(int n) {
        StringBuilder sb = new StringBuilder(n * 3 + 2).append('(');
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ", ?");
        }
        return sb.append(')').toString();
    }

    /** The list cut into consecutive chunks of at most {@link #CHUNK} elements. */
    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            out.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return out;
    }
}
