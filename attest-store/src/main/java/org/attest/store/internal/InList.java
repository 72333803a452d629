package org.attest.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGStatement;

/**
 * {@code IN (?, ?, ...)} lists for looking many keys up in few queries, in chunks of
 * {@link #CHUNK} keys, each query planned for the tables as they are ({@link #prepare}).
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

    /**
     * Prepares a query over an IN list so that every execution is planned for its keys and the
     * tables as they are then. The PostgreSQL driver prepares a statement on the server from its
     * fifth use on a connection, and the server then keeps one generic plan for it after five
     * more, for as long as the connection lives. The writing connection lives for a whole
     * ingest, which may start on an empty store: the SHA-256 lookup kept the sequential scan it
     * was planned with over the empty {@code documents} table, 4-5 ms per 16 keys at 9,500
     * documents where the index takes 0.1 ms, and skipping unchanged documents ran at 3,100 a
     * second instead of 40,000. Such a statement is now sent unnamed (parse, bind and execute
     * in the one round trip, as for its first uses), which the server plans at each execution.
     * Other statements keep the driver's default: an insert has no plan to go stale, and
     * planning every statement of the writing connection at each execution
     * ({@code plan_cache_mode=force_custom_plan}, tried first) cost the batched put on PostgreSQL
     * 30-45% of its throughput: with it the inserts, and most likely the foreign-key check of
     * each row they insert, are planned anew each time. SQLite plans a statement when it is
     * prepared.
     */
    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        if (ps.isWrapperFor(PGStatement.class)) {
            ps.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        return ps;
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
