package org.attest.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.internal.Validate;
import org.attest.model.Check;
import org.attest.model.Document;
import org.attest.store.Counts;
import org.attest.store.DocumentCheck;
import org.attest.store.EventFilter;
import org.attest.store.EventPage;
import org.attest.store.IngestRun;
import org.attest.store.PlaceSummary;
import org.attest.store.Put;
import org.attest.store.PutAttempt;
import org.attest.store.PutResult;
import org.attest.store.Stats;
import org.attest.store.Store;
import org.attest.store.StoredDocument;
import org.attest.store.StoredEvent;

/**
 * The {@link Store} on JDBC, for both dialects. Every public method runs in its own transaction,
 * committed before it returns. Writes go through one connection, one at a time (synchronized:
 * a JDBC connection is not safe for concurrent use); reads go through a pool of read-only
 * connections ({@link Readers}) and run side by side. Counts and statistics are cached per data
 * version (in {@link EventReads}).
 */
public final class JdbcStore implements Store {
    /** Attempts of one put when another writer wins a race on the same SHA-256 or location. */
    private static final int PUT_ATTEMPTS = 3;

    private final Connection c;
    private final Readers readers;
    private final EventReads events;
    private final Dialect dialect;
    private final String name;
    private volatile boolean closed;

    private JdbcStore(Connection c, Readers readers, Dialect dialect, String name) {
        this.c = c;
        this.readers = readers;
        this.dialect = dialect;
        this.name = name;
        this.events = new EventReads(this::read, dialect);
    }

    /** Opens the store and brings its schema up to date. */
    public static Store open(String dbSpec) throws AttestException {
        Dialect dialect = Dialect.of(dbSpec);
        String name = Dialect.redact(dbSpec);
        Connection c = dialect.connect(dbSpec);
        try {
            Migrations.migrate(c, dialect, name);
            return new JdbcStore(c, Readers.open(dialect, dbSpec, name), dialect, name);
        } catch (AttestException e) {
            closeQuietly(c);
            throw e;
        }
    }

    /** The dialect, for tests and diagnostics. */
    public Dialect dialect() {
        return dialect;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, AttestException;
    }

    /**
     * Runs work that writes in one transaction: commit on success, roll back on any failure.
     * On SQLite the transaction is IMMEDIATE: it takes the write lock up front (waiting up to
     * the busy timeout), so that its first write cannot fail to upgrade a read lock.
     */
    private synchronized <T> T write(String what, Work<T> work) throws AttestException {
        Validate.isTrue(!closed, "store %s is closed", name);
        try {
            c.setAutoCommit(false);
            try {
                T out = work.run();
                // leaving manual-commit mode commits; unlike commit(), it does not make
                // sqlite-jdbc open (and lock) the next transaction straight away
                c.setAutoCommit(true);
                return out;
            } catch (SQLException | AttestException | RuntimeException e) {
                Migrations.rollbackQuietly(c);
                c.setAutoCommit(true);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * Runs reads in one read-only snapshot on a pooled connection, so that the several queries
     * that rebuild a document or a page of events see one state of the store. The lambdas name
     * their connection {@code c}, like the writing connection's field, which it hides: a read
     * can only use its own connection.
     */
    <T> T read(String what, Readers.Work<T> work) throws AttestException {
        Validate.isTrue(!closed, "store %s is closed", name);
        return readers.read(what, work);
    }

    private AttestException failure(String what, SQLException e) {
        return new AttestException("store " + name + ": cannot " + what + ": " + e.getMessage(), e);
    }

    @Override
    public PutResult put(Document doc, String site, Long runId) throws AttestException {
        Put put = new Put(doc, site);
        for (int attempt = 1; ; attempt++) {
            try {
                return write("store document " + doc.name(), () -> new DocumentWriter(c).put(List.of(put), runId)).get(0);
            } catch (AttestException e) {
                // another writer stored the same bytes or location first: look again, the
                // second look sees its row and answers UNCHANGED or REPLACED
                boolean lostRace = e.getCause() instanceof SQLException s && dialect.isUniqueViolation(s);
                if (!lostRace || attempt == PUT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<PutAttempt> putAll(List<Put> puts, Long runId) {
        Validate.notNull(puts, "puts");
        if (puts.size() > 1) {
            try {
                return write("store " + puts.size() + " documents", () -> new DocumentWriter(c).put(puts, runId))
                        .stream().map(PutAttempt::stored).toList();
            } catch (AttestException e) {
                // a document that cannot be stored, or a race lost to another writer: the
                // transaction is rolled back, and one by one each document fails or not on its own
            }
        }
        List<PutAttempt> out = new ArrayList<>(puts.size());
        for (Put p : puts) {
            try {
                out.add(PutAttempt.stored(put(p.document(), p.site(), runId)));
            } catch (AttestException e) {
                out.add(PutAttempt.failed(e));
            }
        }
        return out;
    }

    @Override
    public boolean replaceExtraction(long documentId, Document doc) throws AttestException {
        Validate.notNull(doc, "doc");
        return write("replace extraction of document " + documentId, () -> {
            if (!exists(documentId)) {
                return false;
            }
            new DocumentWriter(c).replaceExtraction(documentId, doc);
            return true;
        });
    }

    @Override
    public Set<Long> replaceExtractions(Map<Long, Document> extractions) throws AttestException {
        Validate.notNull(extractions, "extractions");
        if (extractions.isEmpty()) {
            return Set.of();
        }
        return write("replace extraction of " + extractions.size() + " documents", () -> {
            DocumentWriter writer = new DocumentWriter(c);
            Set<Long> found = writer.existing(List.copyOf(extractions.keySet()));
            writer.replaceExtractions(extractions.entrySet().stream()
                    .filter(e -> found.contains(e.getKey()))
                    .map(e -> new ChildRows.Owner(e.getKey(), e.getValue())).toList());
            return found;
        });
    }

    private boolean exists(long id) throws SQLException {
        return new DocumentWriter(c).existing(List.of(id)).contains(id);
    }

    @Override
    public boolean contains(String sha256) throws AttestException {
        return documentId(sha256).isPresent();
    }

    @Override
    public Set<String> stored(Collection<String> sha256s) throws AttestException {
        Validate.notNull(sha256s, "sha256s");
        return Set.copyOf(idsBySha256(List.copyOf(sha256s)).keySet());
    }

    @Override
    public Optional<Long> documentId(String sha256) throws AttestException {
        Validate.notNull(sha256, "sha256");
        return Optional.ofNullable(idsBySha256(List.of(sha256)).get(sha256));
    }

    /**
     * Plain queries in auto-commit mode: a lookup by key needs no snapshot, and on PostgreSQL a
     * read-only transaction around it would cost three more round trips.
     */
    private synchronized Map<String, Long> idsBySha256(List<String> sha256s) throws AttestException {
        Validate.isTrue(!closed, "store %s is closed", name);
        try {
            return new DocumentWriter(c).idsBySha256(sha256s);
        } catch (SQLException e) {
            throw failure("look up SHA-256s", e);
        }
    }

    @Override
    public Optional<Document> document(long id) throws AttestException {
        return read("read document " + id, c -> new DocumentReader(c).read(id)).map(StoredDocument::document);
    }

    @Override
    public Stream<StoredDocument> documents() throws AttestException {
        return PagedStream.of(after -> read("read documents", c -> {
            List<Long> ids = new java.util.ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?")) {
                ps.setLong(1, after);
                ps.setInt(2, PagedStream.PAGE);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            DocumentReader reader = new DocumentReader(c);
            List<StoredDocument> out = new java.util.ArrayList<>();
            for (long id : ids) {
                reader.read(id).ifPresent(out::add);
            }
            return out;
        }), d -> d.ref().id());
    }

    @Override
    public Counts counts() throws AttestException {
        return read("count rows", c -> new Counts(count(c, "documents"), count(c, "sentences"),
                count(c, "place_mentions"), count(c, "unresolved"), count(c, "date_mentions"), count(c, "quantities"),
                count(c, "events"), count(c, "event_places"), count(c, "event_quantities"), count(c, "checks"),
                count(c, "issues"), count(c, "ingest_runs")));
    }

    /** {@code table} is a literal from {@link #counts()}, never input. */
    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public List<StoredEvent> events(EventFilter filter) throws AttestException {
        return events.page(filter);
    }

    @Override
    public EventPage page(EventFilter filter) throws AttestException {
        return events.pageWithTotal(filter);
    }

    @Override
    public long count(EventFilter filter) throws AttestException {
        return events.count(filter);
    }

    /**
     * The plan the database makes for {@link #events}' page query: {@code EXPLAIN QUERY PLAN} on
     * SQLite, {@code EXPLAIN ANALYZE} (which runs it) on PostgreSQL. For benchmarks and diagnostics.
     */
    public List<String> explainEvents(EventFilter filter) throws AttestException {
        return events.explain(filter, dialect == Dialect.SQLITE ? "EXPLAIN QUERY PLAN " : "EXPLAIN ANALYZE ");
    }

    @Override
    public Optional<StoredEvent> event(long id) throws AttestException {
        return read("read event " + id, c -> new EventQuery(c).byId(id));
    }

    @Override
    public Optional<PlaceSummary> place(long geonameid) throws AttestException {
        return read("read place " + geonameid, c -> new EventQuery(c).place(geonameid));
    }

    @Override
    public Stream<StoredEvent> eventStream(EventFilter filter) throws AttestException {
        return events.stream(filter);
    }

    @Override
    public Stats stats(EventFilter filter) throws AttestException {
        return events.stats(filter);
    }

    @Override
    public long dataVersion() throws AttestException {
        return read("read the data version", QueryCache::version);
    }

    @Override
    public void replaceChecks(List<Check> crossDocumentChecks) throws AttestException {
        Validate.notNull(crossDocumentChecks, "crossDocumentChecks");
        write("replace cross-document checks", () -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM checks WHERE document_id IS NULL")) {
                ps.executeUpdate();
            }
            new ChildRows(c).crossDocumentChecks(crossDocumentChecks);
            return null;
        });
    }

    @Override
    public List<Check> checks() throws AttestException {
        return read("read cross-document checks", c -> DocumentReader.checks(c, null));
    }

    @Override
    public List<DocumentCheck> documentChecks(String kind, int limit, int offset) throws AttestException {
        Validate.isTrue(limit > 0, "limit must be positive: %d", limit);
        Validate.isTrue(offset >= 0, "offset must not be negative: %d", offset);
        return read("read document checks", c -> DocumentReader.documentChecks(c, kind, limit, offset));
    }

    @Override
    public long startRun() throws AttestException {
        return write("start a run", () -> IngestRuns.start(c));
    }

    @Override
    public void finishRun(long runId, IngestRun.Totals totals) throws AttestException {
        Validate.notNull(totals, "totals");
        boolean found = write("finish run " + runId, () -> IngestRuns.finish(c, runId, totals));
        Validate.isTrue(found, "no ingest run %d", runId);
    }

    @Override
    public Optional<IngestRun> run(long runId) throws AttestException {
        return read("read run " + runId, c -> IngestRuns.read(c, runId));
    }

    @Override
    public synchronized void close() throws AttestException {
        if (closed) {
            return;
        }
        closed = true;
        readers.close();
        try {
            c.close();
        } catch (SQLException e) {
            throw new AttestException("store " + name + ": cannot close: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing to open: the open error is the one to report
        }
    }
}
