package org.attest.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.internal.Validate;
import org.attest.store.EventFilter;
import org.attest.store.EventPage;
import org.attest.store.Stats;
import org.attest.store.StoredEvent;

/**
 * The event reads of a store: pages, counts, statistics and streams, each in one read snapshot.
 * Counts, statistics and how common a filter's place is are kept per data version
 * ({@link QueryCache}), so a page costs its own rows and a count only its first time after a write.
 */
final class EventReads {
    /** Runs work in one read snapshot: {@link JdbcStore#read}. */
    @FunctionalInterface
    interface Snapshot {
        <T> T read(String what, Readers.Work<T> work) throws AttestException;
    }

    private final Snapshot snapshot;
    private final Dialect dialect;
    private final QueryCache cache = new QueryCache();

    EventReads(Snapshot snapshot, Dialect dialect) {
        this.snapshot = snapshot;
        this.dialect = dialect;
    }

    List<StoredEvent> page(EventFilter filter) throws AttestException {
        Validate.notNull(filter, "filter");
        return snapshot.read("read events", c -> {
            EventQuery q = new EventQuery(c);
            EventQuery.PlacePlan plan = placePlan(c, QueryCache.version(c), q, filter);
            dialect.pagePlans(c, true);
            return q.page(filter, plan.page());
        });
    }

    EventPage pageWithTotal(EventFilter filter) throws AttestException {
        Validate.notNull(filter, "filter");
        return snapshot.read("read events", c -> {
            long version = QueryCache.version(c);
            EventQuery q = new EventQuery(c);
            EventQuery.PlacePlan plan = placePlan(c, version, q, filter);
            dialect.pagePlans(c, true);
            List<StoredEvent> items = q.page(filter, plan.page());
            long total = cache.get(version, QueryCache.Question.COUNT, filter, () -> {
                dialect.pagePlans(c, false);
                return q.count(filter, plan.count());
            });
            return new EventPage(items, total);
        });
    }

    long count(EventFilter filter) throws AttestException {
        return counted(QueryCache.Question.COUNT, filter, (q, plan) -> q.count(filter, plan.count()));
    }

    Stats stats(EventFilter filter) throws AttestException {
        return counted(QueryCache.Question.STATS, filter, (q, plan) -> q.stats(filter, plan.count()));
    }

    /** A counting query over the matching events, cached per filter until the data changes. */
    private interface Counting<T> {
        T run(EventQuery q, EventQuery.PlacePlan plan) throws SQLException;
    }

    private <T> T counted(QueryCache.Question question, EventFilter filter, Counting<T> counting)
            throws AttestException {
        Validate.notNull(filter, "filter");
        return snapshot.read("count events", c -> {
            long version = QueryCache.version(c);
            EventQuery q = new EventQuery(c);
            EventQuery.PlacePlan plan = placePlan(c, version, q, filter);
            return cache.get(version, question, filter, () -> counting.run(q, plan));
        });
    }

    /**
     * Every match in id order, a page per read; the place is reached as for a page: each keyset
     * page walks on from the last id and stops when full, while starting from a common place's
     * side would gather all its links again for every page.
     */
    Stream<StoredEvent> stream(EventFilter filter) throws AttestException {
        Validate.notNull(filter, "filter");
        return PagedStream.of(after -> snapshot.read("read events", c -> {
            EventQuery q = new EventQuery(c);
            return q.after(filter, placePlan(c, QueryCache.version(c), q, filter).page(), after, PagedStream.PAGE);
        }), StoredEvent::id);
    }

    List<String> explain(EventFilter filter, String prefix) throws AttestException {
        Validate.notNull(filter, "filter");
        return snapshot.read("explain events", c -> {
            EventQuery q = new EventQuery(c);
            EventQuery.PlacePlan plan = placePlan(c, QueryCache.version(c), q, filter);
            dialect.pagePlans(c, true);
            return q.explain(prefix, filter, plan.page());
        });
    }

    private EventQuery.PlacePlan placePlan(Connection c, long version, EventQuery q, EventFilter filter)
            throws SQLException, AttestException {
        if (!EventWhere.hasPlaceCriteria(filter)) {
            return q.placePlan(filter);
        }
        return cache.get(version, QueryCache.Question.PLACE_PLAN, filter, () -> q.placePlan(filter));
    }
}
