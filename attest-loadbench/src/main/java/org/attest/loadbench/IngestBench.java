package org.attest.loadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.ingest.Digests;
import org.attest.ingest.SourceReader;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.store.IngestRun;
import org.attest.store.PutResult;
import org.attest.store.Store;

/**
 * Ingest throughput into one store, in one warm JVM, the way {@code attest ingest} does it for
 * a file: read the bytes, look the SHA-256 up ({@link Store#contains}), run the pipeline, then
 * {@link Store#put} in its own transaction. A warm-up batch goes in first (into the same store)
 * and is not timed.
 */
final class IngestBench {
    /** Documents per second of each mode, and the split of the full mode's time. */
    record Result(String store, int docs, Rate full, double pipelineMsPerDoc, double putMsPerDoc,
                  Rate storeOnly, Rate skip, long events) {
    }

    /** Documents per second of wall time and per second of this JVM's CPU time (all its threads). */
    record Rate(double perSec, double perCpuSec) {
        static Rate of(long docs, Clock.Split split) {
            return new Rate(docs / (split.wallNanos() / 1e9), docs / (split.cpuNanos() / 1e9));
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.0f (%.0f)", perSec, perCpuSec);
        }
    }

    private final Pipeline pipeline;
    private final SourceReader reader = new SourceReader();

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

    Result run(Target target, List<Path> warmup, List<Path> files, List<Document> processedOut) throws AttestException {
        try (Store store = Store.open(target.storeSpec())) {
            long run = store.startRun();
            ingest(store, warmup, run, new long[2], null);
            long[] split = new long[2];
            Clock clock = Clock.start();
            int added = ingest(store, files, run, split, processedOut);
            Rate full = Rate.of(added, clock.split());
            if (added != files.size()) {
                throw new IllegalStateException("expected " + files.size() + " new documents, stored " + added);
            }
            // without extraction: the same extracted documents again, as other bytes at other places
            List<Document> copies = new ArrayList<>(processedOut.size());
            for (Document d : processedOut) {
                copies.add(renamed(d, "copy-"));
            }
            clock = Clock.start();
            for (Document d : copies) {
                store.put(d, "bench", run);
            }
            Rate storeOnly = Rate.of(copies.size(), clock.split());
            // unchanged: the same files again, each found by its SHA-256 and skipped
            clock = Clock.start();
            int again = ingest(store, files, run, new long[2], null);
            Rate skip = Rate.of(files.size(), clock.split());
            if (again != 0) {
                throw new IllegalStateException("unchanged documents were stored again: " + again);
            }
            store.finishRun(run, new IngestRun.Totals(added, files.size(), 0, 0));
            long events = processedOut.stream().mapToLong(d -> d.events().size()).sum();
            return new Result(target.label(), files.size(), full, split[0] / 1e6 / files.size(),
                    split[1] / 1e6 / files.size(), storeOnly, skip, events);
        }
    }

    /** Ingests the files; returns how many were new. split[0] += pipeline ns, split[1] += put ns. */
    private int ingest(Store store, List<Path> files, long run, long[] split, List<Document> out) throws AttestException {
        int added = 0;
        for (Path f : files) {
            Source source = reader.read(f);
            if (store.contains(Digests.sha256Hex(source.bytes()))) {
                continue;
            }
            long a = System.nanoTime();
            Document doc = pipeline.process(source);
            long b = System.nanoTime();
            PutResult r = store.put(doc, "bench", run);
            split[0] += b - a;
            split[1] += System.nanoTime() - b;
            if (r.outcome() == PutResult.Outcome.NEW) {
                added++;
            }
            if (out != null) {
                out.add(doc);
            }
        }
        return added;
    }

    /** The same extraction under a new SHA-256 and location: what a re-published copy stores. */
    static Document renamed(Document d, String prefix) {
        String sha = Digests.sha256Hex((prefix + d.sha256()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Document(d.name(), prefix + d.location(), sha, d.title(), d.published(), d.language(), d.text(),
                d.boilerplate(), d.sentences(), d.places(), d.unresolved(), d.dates(), d.quantities(), d.events(),
                d.checks(), d.issues());
    }
}
