package org.attest.app.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.app.sources.SourceSink;
import org.attest.app.sources.Sources;
import org.attest.ingest.Digests;
import org.attest.ingest.SourceReader;
import org.attest.internal.Validate;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.store.Store;

/**
 * The ingest path from inputs to the store: each document an input yields is hashed; documents
 * whose bytes are already stored are skipped (looked up many at a time, before a file's text is
 * decoded); the others are extracted on a few worker threads and stored in input order, several
 * per transaction ({@link CommitPolicy}). Memory stays bounded: at most a lookup's, a commit's
 * and a batch's worth of documents wait for a lookup, for a worker or for a commit at any moment.
 *
 * <p>A failure costs only its document or input: it is one line to the failure consumer and
 * one count in the totals. A process killed at any moment leaves every document wholly stored
 * or absent, and running the same inputs again stores the rest, nothing twice.
 *
 * <p>Use from one thread: {@link #ingest} each input, then {@link #finish}, then close.
 */
public final class Ingestion implements AutoCloseable {
    /** Documents looked up in one query at most. */
    private static final int LOOKUP_DOCUMENTS = 64;
    /** Bytes of documents held for one lookup at most (a document may pass it alone). */
    private static final long LOOKUP_BYTES = 16L << 20;
    /** Bytes of documents being extracted at once at most (a document may pass it alone). */
    private static final long EXTRACTING_BYTES = 64L << 20;

    /** Builds the pipeline on first use, so that a run with nothing new loads no gazetteer. */
    @FunctionalInterface
    public interface PipelineSupplier {
        Pipeline get() throws AttestException;
    }

    /**
     * How to ingest.
     *
     * @param threads extraction threads, &gt;= 1; storing runs on the caller's thread
     * @param commits when to commit
     */
    public record Options(int threads, CommitPolicy commits) {
        public Options {
            Validate.isTrue(threads >= 1, "threads must be at least 1: %d", threads);
            Validate.notNull(commits, "commits");
        }

        /** A thread per core, {@link CommitPolicy#DEFAULT}. */
        public static Options defaults() {
            return new Options(Runtime.getRuntime().availableProcessors(), CommitPolicy.DEFAULT);
        }
    }

    /**
     * A document read and hashed, waiting for the lookup of its SHA-256; {@code undecoded} when
     * its text is to be checked only if it is not stored ({@link SourceSink#acceptUndecoded}).
     */
    private record Read(Origin origin, Source source, String site, String sha256, boolean undecoded) {
    }

    /** A document extracted, or why it could not be. */
    private record Extracted(Read read, Document document, String failure) {
    }

    private final Store store;
    private final Sources sources;
    private final PipelineSupplier pipelines;
    private final Tally tally;
    private final StoreBatch batch;
    private final OrderedWorkers<Read, Extracted> workers;
    private final List<Read> unlooked = new ArrayList<>();
    private final SourceSink sink = new Sink();
    private long unlookedBytes;
    private String input = "";
    /** Built on the caller's thread before the first submission; the executor publishes it to the workers. */
    private Pipeline pipeline;

    /**
     * @param failures receives one line per failure, {@code <input>: <reason>}, on the caller's thread
     * @param runId    the ingest run documents are stored under, or {@code null}
     */
    public Ingestion(Store store, Sources sources, PipelineSupplier pipelines, Long runId, Options options,
                     Consumer<String> failures) {
        this.store = Validate.notNull(store, "store");
        this.sources = Validate.notNull(sources, "sources");
        this.pipelines = Validate.notNull(pipelines, "pipelines");
        this.tally = new Tally(Validate.notNull(failures, "failures"));
        this.batch = new StoreBatch(store, runId, options.commits(), tally);
        // a commit's worth of documents may be in flight: while this thread writes a batch, the
        // workers extract the next one instead of waiting for it
        this.workers = new OrderedWorkers<>(options.threads(), options.commits().documents() + 2 * options.threads(),
                EXTRACTING_BYTES, r -> r.source().bytes().length, this::extract, this::store);
    }

    /**
     * Reads one input (a file, a directory's file, a URL) and passes its documents on. Some may
     * still be waiting for a lookup, a worker or a commit when this returns.
     */
    public void ingest(String input) {
        this.input = input;
        sources.read(input, sink);
        workers.handOnDone();
        batch.commitIfDue();
    }

    /** The totals so far: documents are counted once committed (or failed). */
    public IngestTotals totals() {
        return tally.totals();
    }

    /** Looks up, extracts and stores everything still waiting; returns the totals of the run. */
    public IngestTotals finish() {
        lookUp();
        workers.finish();
        batch.commit();
        return tally.totals();
    }

    /** Stops the workers; documents not yet committed are not stored. */
    @Override
    public void close() {
        workers.close();
    }

    private final class Sink implements SourceSink {
        @Override
        public void accept(Source source, String site) {
            add(source, site, false);
        }

        @Override
        public void acceptUndecoded(Source source, String site) {
            add(source, site, true);
        }

        private void add(Source source, String site, boolean undecoded) {
            unlooked.add(new Read(new Origin(input, source.name(), source.location()), source, site,
                    Digests.sha256Hex(source.bytes()), undecoded));
            unlookedBytes += source.bytes().length;
            if (unlooked.size() >= LOOKUP_DOCUMENTS || unlookedBytes >= LOOKUP_BYTES) {
                lookUp();
            }
        }

        @Override
        public void failed(String message) {
            tally.failed(message);
        }
    }

    /** Skips the documents whose bytes are stored and sends the others to the workers. */
    private void lookUp() {
        if (unlooked.isEmpty()) {
            return;
        }
        List<Read> reads = List.copyOf(unlooked);
        unlooked.clear();
        unlookedBytes = 0;
        Set<String> stored;
        try {
            stored = store.stored(reads.stream().map(Read::sha256).toList());
        } catch (AttestException e) {
            reads.forEach(r -> tally.failed(r.origin().line(e.getMessage())));
            return;
        }
        for (Read r : reads) {
            if (stored.contains(r.sha256())) {
                tally.unchanged();
            } else {
                Read decoded = decoded(r);
                if (decoded != null && pipelineReady(decoded)) {
                    workers.submit(decoded);
                }
            }
        }
    }

    /** The document with its text checked, or null (and one failure) when it is not valid text. */
    private Read decoded(Read r) {
        if (!r.undecoded()) {
            return r;
        }
        try {
            return new Read(r.origin(), SourceReader.decodable(r.source()), r.site(), r.sha256(), false);
        } catch (AttestException e) {
            tally.failed(e.getMessage()); // the reader's own line, as when it is read
            return null;
        }
    }

    private boolean pipelineReady(Read r) {
        if (pipeline == null) {
            try {
                pipeline = pipelines.get();
            } catch (AttestException e) {
                tally.failed(r.origin().line(e.getMessage()));
                return false;
            }
        }
        return true;
    }

    /** On a worker thread. */
    private Extracted extract(Read r) {
        try {
            return new Extracted(r, pipeline.process(r.source()), null);
        } catch (AttestException e) {
            return new Extracted(r, null, e.getMessage());
        } catch (StackOverflowError e) {
            // pathological nesting defeats a recursive walk in the cleaner: one failure, not a crash
            return new Extracted(r, null, r.source().name() + ": too deeply nested to clean");
        }
    }

    /** On the caller's thread, in input order. */
    private void store(Extracted e) {
        if (e.failure() != null) {
            tally.failed(e.read().origin().line(e.failure()));
        } else {
            batch.add(e.read().origin(), e.document(), e.read().site());
        }
    }
}
