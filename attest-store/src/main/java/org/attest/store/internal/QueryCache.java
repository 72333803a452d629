package org.attest.store.internal;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.attest.AttestException;
import org.attest.store.EventFilter;
import org.attest.store.Stats;

/**
 * Answers that cost a pass over many events (counts, statistics, how common a place is), kept per
 * filter and per <em>data version</em>. The version is a counter in the database that triggers
 * bump in every transaction that writes a row those answers read (documents, events, their
 * places, place mentions, checks; see the V2 migration, which also says how SQLite's triggers
 * see inserts), whichever process or connection writes.
 * A reader reads it in the same snapshot as the rest of its work, so an answer cached under a
 * version is exactly what a query would answer in any snapshot that shows that version: nothing
 * stale is ever served, and a write simply makes the old entries unreachable until they age out.
 *
 * <p>Concurrent readers asking the same question of the same version wait for one computation
 * instead of each running it.
 */
final class QueryCache {
    /** Most weight kept: a count weighs one, statistics one per date and province they list. */
    private static final long MAX_WEIGHT = 1_000_000;

    /** What an answer depends on: the data it was computed from and the question asked. */
    private record Key(long version, Question question, EventFilter filter) {
    }

    enum Question { COUNT, STATS, PLACE_PLAN }

    @FunctionalInterface
    interface Compute<T> {
        T run() throws SQLException, AttestException;
    }

    private final AsyncCache<Key, Object> answers = Caffeine.newBuilder()
            .maximumWeight(MAX_WEIGHT)
            .weigher((Key k, Object v) -> v instanceof Stats s ? 1 + s.byDate().size() + s.byArea().size() : 1)
            .buildAsync();

    /** The data version of the snapshot {@code c} reads in. */
    static long version(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(n), 0) FROM data_version");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The cached answer, or {@code compute}'s, which is then kept. The filter is keyed without its
     * page and order, which none of the questions depend on.
     */
    @SuppressWarnings("unchecked")
    <T> T get(long version, Question question, EventFilter filter, Compute<T> compute)
            throws SQLException, AttestException {
        Key key = new Key(version, question, filter.withPage(1, 0).withSort(null));
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> theirs = answers.asMap().putIfAbsent(key, mine);
        if (theirs != null) {
            return (T) await(theirs);
        }
        try {
            T out = compute.run();
            mine.complete(out);
            return out;
        } catch (SQLException | AttestException | RuntimeException e) {
            // a failed future leaves the cache by itself; the waiting readers see the failure
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private static Object await(CompletableFuture<Object> f) throws SQLException, AttestException {
        try {
            return f.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) {
                throw s;
            }
            if (cause instanceof AttestException a) {
                throw a;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
