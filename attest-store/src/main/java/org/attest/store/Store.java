package org.attest.store;

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
import org.attest.store.internal.JdbcStore;

/**
 * Where documents and everything extracted from them are kept: one schema on SQLite (one
 * file, the default) or PostgreSQL (a shared server).
 *
 * <p>Each {@link #put} is one transaction, and {@link #putAll} writes several documents in one:
 * a process killed at any moment leaves every document either wholly stored or absent, and
 * running the same inputs again stores each once. A store writes through one connection, one
 * write at a time, and reads through a small pool of connections, side by side; its methods are
 * thread-safe, and a read sees every write committed before it started. Streams it returns hold
 * no connection between pages but must be closed.
 * Failures of the database or its file are {@link AttestException}s naming the store.
 */
public interface Store extends AutoCloseable {

    /**
     * Opens (and creates or migrates) a store.
     *
     * @param dbSpec a PostgreSQL URL ({@code postgresql://user@host:5432/db},
     *               {@code jdbc:postgresql://...}); anything else is a SQLite file path
     *               ({@code ./attest.db} is the CLI's default)
     */
    static Store open(String dbSpec) throws AttestException {
        Validate.notNull(dbSpec, "dbSpec");
        return JdbcStore.open(dbSpec);
    }

    /** Stores a document with no ingest run; see {@link #put(Document, String, Long)}. */
    default PutResult put(Document doc, String site) throws AttestException {
        return put(doc, site, null);
    }

    /**
     * Stores a document and all its spans in one transaction. Already stored bytes (same
     * SHA-256): nothing is written. Same location, other bytes: the old rows are replaced and
     * the document id kept. Otherwise a new document. A lost race with another writer on the
     * same SHA-256 or location is retried and reported as that writer's outcome allows.
     *
     * @param doc   the document; its {@code sha256} must not be null
     * @param site  the host or folder to group it under, or {@code null}
     * @param runId the ingest run, or {@code null}
     */
    PutResult put(Document doc, String site, Long runId) throws AttestException;

    /**
     * Stores several documents, each with the outcome {@link #put} would give it if they were put
     * one after the other in this order (a later document with the same bytes as an earlier one
     * is unchanged, one at the same location replaces it), in one transaction: for bulk ingest,
     * where a commit per document costs more than writing it. If that transaction fails, it is
     * rolled back and each document is put in a transaction of its own, so that a document that
     * cannot be stored fails alone. Either way a document is committed whole or not at all.
     *
     * @param puts  the documents, in the order they were read
     * @param runId the ingest run, or {@code null}
     * @return one attempt per document, in the order of {@code puts}
     */
    List<PutAttempt> putAll(List<Put> puts, Long runId);

    /**
     * Replaces what was extracted from a stored document (re-extraction with a newer
     * pipeline), keeping its id, site, run and bytes' SHA-256; one transaction.
     *
     * @return false when no document has this id
     */
    boolean replaceExtraction(long documentId, Document doc) throws AttestException;

    /**
     * {@link #replaceExtraction} for several documents in one transaction: re-extracting a whole
     * store commits in batches, as ingest does. Ids that no document has are left out; if
     * anything fails, nothing is written.
     *
     * @param extractions the new extraction of each document, by document id
     * @return the ids whose extraction was replaced
     */
    Set<Long> replaceExtractions(Map<Long, Document> extractions) throws AttestException;

    /** True when a document with these bytes is stored: lets a caller skip extraction. */
    boolean contains(String sha256) throws AttestException;

    /**
     * The SHA-256s among these whose documents are stored: {@link #contains} for many at once,
     * in a few queries rather than one per document.
     */
    Set<String> stored(Collection<String> sha256s) throws AttestException;

    /** The id of the document with these bytes, if stored. */
    Optional<Long> documentId(String sha256) throws AttestException;

    /** A stored document rebuilt with all its spans and findings, if the id exists. */
    Optional<Document> document(long id) throws AttestException;

    /**
     * Every stored document in id order, read in pages: for re-extraction. Close the stream.
     * A failure while paging surfaces as a {@link StoreFailure} carrying the
     * {@link AttestException}.
     */
    Stream<StoredDocument> documents() throws AttestException;

    /** Row counts of every table. */
    Counts counts() throws AttestException;

    /**
     * One page of events that match, in the filter's order (by default by date, undated last,
     * then id), with their document, places and quantities.
     */
    List<StoredEvent> events(EventFilter filter) throws AttestException;

    /**
     * One page of events as {@link #events} reads it, and how many events match in all, both
     * from one snapshot of the store. The total is exact; it is kept per filter until the next
     * write to the store (by any connection or process), so paging through a filter counts once.
     */
    EventPage page(EventFilter filter) throws AttestException;

    /**
     * How many events match (the filter's limit, offset and order are ignored). Exact; kept per
     * filter until the next write, like {@link #page}'s total.
     */
    long count(EventFilter filter) throws AttestException;

    /** One event with its document, places and quantities, if the id exists. */
    Optional<StoredEvent> event(long id) throws AttestException;

    /**
     * What the store knows of a GeoNames place (its most frequent resolution, and how many
     * mentions, documents and events cite it), if any document mentions it.
     */
    Optional<PlaceSummary> place(long geonameid) throws AttestException;

    /**
     * Every event that matches (the filter's limit and offset are ignored), in id order, read
     * in pages: for exports. Close the stream. Failures while paging surface as in
     * {@link #documents()}.
     */
    Stream<StoredEvent> eventStream(EventFilter filter) throws AttestException;

    /**
     * Counts by month, date, type and province for the events that match. Exact; kept per filter
     * until the next write, like {@link #page}'s total.
     */
    Stats stats(EventFilter filter) throws AttestException;

    /**
     * The store's data version: a number that grows in every transaction that writes a row the
     * event reads depend on (documents, events, their places and quantities, place mentions,
     * checks), whoever writes. Two reads that see the same version see the same events, counts
     * and statistics, so an answer computed under a version may be kept until it changes. Costs
     * one small read.
     */
    long dataVersion() throws AttestException;

    /** Replaces every cross-document check (those with no document) in one transaction. */
    void replaceChecks(List<Check> crossDocumentChecks) throws AttestException;

    /** The cross-document checks, in the order they were given. */
    List<Check> checks() throws AttestException;

    /**
     * The checks found within documents, by document id then their order in the document.
     *
     * @param kind   only checks of this kind, or {@code null} for all
     * @param limit  most checks to return, &gt; 0
     * @param offset checks to skip, &gt;= 0
     */
    List<DocumentCheck> documentChecks(String kind, int limit, int offset) throws AttestException;

    /** Starts an ingest run and returns its id. */
    long startRun() throws AttestException;

    /** Records that a run finished and what it did. */
    void finishRun(long runId, IngestRun.Totals totals) throws AttestException;

    /** A run, if the id exists. */
    Optional<IngestRun> run(long runId) throws AttestException;

    /** Closes the connections. */
    @Override
    void close() throws AttestException;
}
