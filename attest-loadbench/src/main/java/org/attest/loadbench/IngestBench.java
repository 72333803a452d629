package org.attest.loadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.app.ingest.CommitPolicy;
import org.attest.app.ingest.IngestTotals;
import org.attest.app.ingest.Ingestion;
import org.attest.app.sources.Sources;
import org.attest.ingest.Digests;
import org.attest.ingest.SourceReader;
import org.attest.model.Document;
import org.attest.store.IngestRun;
import org.attest.store.Put;
import org.attest.store.PutAttempt;
import org.attest.store.Store;

/**
 * Ingest throughput into one store, in one warm JVM, through {@code attest ingest}'s own path
 * ({@link Ingestion}: read, hash, look up many SHA-256s at once, extract on a thread per core,
 * store in input order, several documents per transaction). A warm-up batch goes in first (into
 * the same store) and is not timed. Then the put alone, on documents extracted beforehand:
 * batched as ingest does, and one transaction per document ({@link Store#put}). Then the same
 * files again, all unchanged, twice: the second pass is timed.
 */
final class IngestBench {
    /** Documents per second of each mode. */
    record Result(String store, int docs, Rate full, Rate putBatched, Rate putEach, Rate skip, long events) {
    }

    /** Documents per second of wall time and per second of this JVM's CPU time (all its threads). */
    record Rate(double perSec, double perCpuSec) {
        static Rate of(long docs, Clock.Split split) {
            return new Rate(docs / (split.wallNanos() / 1e9), docs / (split.cpuNanos() / 1e9));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f (%.0f)", perSec, perCpuSec);
        }
    }

    /** The pipeline alone on one thread, in milliseconds per document. */
    record Extraction(List<Document> documents, double wallMsPerDoc, double cpuMsPerDoc) {
    }

    private final Pipeline pipeline;
    private final Ingestion.Options options = Ingestion.Options.defaults();

    IngestBench(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Writes documents {@code from..from+n-1} as files into {@code dir}. */
    static List<Path> write(Corpus corpus, Path dir, int from, int n) {
        List<Path> files = new ArrayList<>(n);
        try {
            Files.createDirectories(dir);
            for (int i = from; i < from + n; i++) {
                Path f = dir.resolve(String.format("report-%06d.txt", i));
                Files.write(f, corpus.bytes(i));
                files.add(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Extracts the files one after the other on this thread: what put-only stores, and the pipeline's cost. */
    Extraction extract(List<Path> files) throws AttestException {
        SourceReader reader = new SourceReader();
        List<Document> out = new ArrayList<>(files.size());
        Clock clock = Clock.start();
        for (Path f : files) {
            out.add(pipeline.process(reader.read(f)));
        }
        Clock.Split s = clock.split();
        return new Extraction(out, s.wallNanos() / 1e6 / files.size(), s.cpuNanos() / 1e6 / files.size());
    }

    Result run(Target target, List<Path> warmup, List<Path> files, List<Document> extracted) throws AttestException {
        try (Store store = Store.open(target.storeSpec())) {
            long run = store.startRun();
            ingest(store, warmup, run);
            Clock clock = Clock.start();
            IngestTotals full = ingest(store, files, run);
            Rate fullRate = Rate.of(full.added(), clock.split());
            if (full.added() != files.size()) {
                throw new IllegalStateException("expected " + files.size() + " new documents, stored " + full.added());
            }
            Rate putBatched = putBatched(store, renamed(extracted, "batched-"), run);
            Rate putEach = putEach(store, renamed(extracted, "each-"), run);
            // unchanged: the same files again, each found by its SHA-256 and skipped; the first
            // pass warms this path up (the JIT, the driver's statements), the second is timed
            ingest(store, files, run);
            clock = Clock.start();
            IngestTotals again = ingest(store, files, run);
            Rate skip = Rate.of(files.size(), clock.split());
            if (again.unchanged() != files.size()) {
                throw new IllegalStateException("expected every document unchanged: " + again);
            }
            store.finishRun(run, new IngestRun.Totals(full.added(), again.unchanged(), 0, 0));
            return new Result(target.label(), files.size(), fullRate, putBatched, putEach, skip, full.events());
        }
    }

    /** Without extraction: documents extracted beforehand, in batches as ingest commits them. */
    private Rate putBatched(Store store, List<Put> puts, long run) throws AttestException {
        Clock clock = Clock.start();
        int size = options.commits().documents();
        for (int from = 0; from < puts.size(); from += size) {
            for (PutAttempt a : store.putAll(puts.subList(from, Math.min(puts.size(), from + size)), run)) {
                if (!a.succeeded()) {
                    throw a.failure();
                }
            }
        }
        return Rate.of(puts.size(), clock.split());
    }

    /** Without extraction: documents extracted beforehand, a transaction each ({@link Store#put}). */
    private static Rate putEach(Store store, List<Put> puts, long run) throws AttestException {
        Clock clock = Clock.start();
        for (Put p : puts) {
            store.put(p.document(), p.site(), run);
        }
        return Rate.of(puts.size(), clock.split());
    }

    /** Ingests the files as {@code attest ingest} does; fails on any failure line. */
    private IngestTotals ingest(Store store, List<Path> files, long run) {
        Sources sources = new Sources(false, Sources.DEFAULT_MAX_BYTES, Sources.DEFAULT_TIMEOUT);
        try (Ingestion ingestion = new Ingestion(store, sources, () -> pipeline, run, options, line -> {
            throw new IllegalStateException("ingest failed: " + line);
        })) {
            for (Path f : files) {
                ingestion.ingest(f.toString());
            }
            return ingestion.finish();
        }
    }

    /** The same extractions under new SHA-256s and locations: what re-published copies store. */
    private static List<Put> renamed(List<Document> docs, String prefix) {
        List<Put> out = new ArrayList<>(docs.size());
        for (Document d : docs) {
            String sha = Digests.sha256Hex((prefix + d.sha256()).getBytes(StandardCharsets.UTF_8));
            out.add(new Put(new Document(d.name(), prefix + d.location(), sha, d.title(), d.published(), d.language(),
                    d.text(), d.boilerplate(), d.sentences(), d.places(), d.unresolved(), d.dates(), d.quantities(),
                    d.events(), d.checks(), d.issues()), "bench"));
        }
        return out;
    }
}
