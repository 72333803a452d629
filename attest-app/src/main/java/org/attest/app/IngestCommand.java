package org.attest.app;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.app.ingest.CommitPolicy;
import org.attest.app.ingest.IngestTotals;
import org.attest.app.ingest.Ingestion;
import org.attest.app.sources.Sources;
import org.attest.model.Document;
import org.attest.store.IngestRun;
import org.attest.store.Store;
import org.attest.store.StoreFailure;
import org.attest.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attest ingest PATH|URL...}: extracts each report and stores it. Inputs are HTML and
 * text files, WARC files, RSS/Atom feeds, JSON Lines files, directories of them, and
 * {@code http(s)://} URLs (see docs/ingest.md). A document already stored (same SHA-256) is
 * skipped before extraction; a changed document at the same location replaces its old records;
 * documents are extracted on a thread per core and committed in batches ({@link Ingestion}), each
 * whole or not at all, so an interrupted run loses nothing committed and a re-run finishes the
 * job without duplicates. {@code --reextract} re-runs the pipeline over every stored document
 * instead of reading inputs.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract reports (files, directories, WARC, RSS/Atom, JSON Lines, http(s) URLs) and store them.")
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "PATH|URL")
    List<String> inputs = List.of();

    @Option(names = "--allow-private", description = "fetch URLs whose host is a private, loopback or link-local address")
    boolean allowPrivate;

    @Option(names = "--reextract", description = "re-run the current pipeline over every stored document; reads no input")
    boolean reextract;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "connect and response timeout of a fetch (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: one per core)")
    Integer threads;

    @Mixin
    StoreOption store;

    @Mixin
    GazetteerOptions gazetteer;

    @Override
    public Integer call() {
        if (reextract == !inputs.isEmpty()) {
            System.err.println("attest: ingest: give either inputs (PATH|URL...) or --reextract");
            return 2;
        }
        if (timeoutSeconds <= 0) {
            System.err.println("attest: ingest: --timeout must be positive");
            return 2;
        }
        if (threads != null && threads <= 0) {
            System.err.println("attest: ingest: --threads must be positive");
            return 2;
        }
        try (Store s = Store.open(store.db)) {
            return reextract ? reextract(s) : ingest(s);
        } catch (AttestException e) {
            System.err.println("attest: " + e.getMessage());
            return 2;
        }
    }

    private int ingest(Store s) throws AttestException {
        Sources sources = new Sources(allowPrivate, Sources.DEFAULT_MAX_BYTES, Duration.ofSeconds(timeoutSeconds));
        List<String> all = Sources.expand(inputs);
        Ingestion.Options options = Ingestion.Options.defaults();
        if (threads != null) {
            options = new Ingestion.Options(threads, options.commits());
        }
        long run = s.startRun();
        IngestTotals t;
        try (Progress progress = Progress.start("ingest", all.size());
             Ingestion ingestion = new Ingestion(s, sources, gazetteer::pipeline, run, options,
                     line -> progress.println("attest: " + line))) {
            for (String in : all) {
                ingestion.ingest(in);
                IngestTotals now = ingestion.totals();
                progress.step(now.documents() + " documents, " + now.failed() + " failed");
            }
            t = ingestion.finish();
        }
        s.finishRun(run, new IngestRun.Totals(t.added(), t.unchanged(), t.failed(), t.replaced()));
        System.out.printf("ingested into %s: %d new, %d replaced, %d unchanged, %d failed; %d events, %d place mentions%n",
                store.db, t.added(), t.replaced(), t.unchanged(), t.failed(), t.events(), t.places());
        return t.failed() == 0 ? 0 : 1;
    }

    /**
     * Re-runs the stages over each stored document's cleaned text (the raw bytes are not
     * stored, so title, date, language and text are kept as they were cleaned) and replaces
     * what was extracted from it, several documents per transaction as ingest commits them.
     */
    private int reextract(Store s) throws AttestException {
        Pipeline pipeline = gazetteer.pipeline();
        CommitPolicy commits = CommitPolicy.DEFAULT;
        long total = s.counts().documents();
        Map<Long, Document> batch = new LinkedHashMap<>();
        long chars = 0;
        long done = 0;
        long events = 0;
        long places = 0;
        try (Progress progress = Progress.start("re-extract", total);
             Stream<StoredDocument> docs = s.documents()) {
            Iterator<StoredDocument> it = docs.iterator();
            while (it.hasNext()) {
                StoredDocument sd = it.next();
                Document d = sd.document();
                Document fresh = pipeline.run(Document.of(d.name(), d.location(), d.sha256(), d.title(),
                        d.published(), d.language(), d.text(), d.boilerplate()));
                batch.put(sd.ref().id(), fresh);
                chars += fresh.text().length();
                if (batch.size() >= commits.documents() || chars >= commits.chars()) {
                    replace(s, batch);
                    chars = 0;
                }
                done++;
                events += fresh.events().size();
                places += fresh.places().size();
                progress.step(done + " documents");
            }
            replace(s, batch);
        } catch (StoreFailure e) {
            throw e.getCause();
        }
        System.out.printf("re-extracted %d documents in %s; %d events, %d place mentions%n", done, store.db, events, places);
        return 0;
    }

    /**
     * Commits a batch of re-extractions and empties it. If the batch fails, its documents are
     * replaced one transaction each, so that the failure names the document at fault and the
     * documents before it are kept.
     */
    private static void replace(Store s, Map<Long, Document> batch) throws AttestException {
        try {
            s.replaceExtractions(batch);
        } catch (AttestException e) {
            for (Map.Entry<Long, Document> r : batch.entrySet()) {
                s.replaceExtraction(r.getKey(), r.getValue());
            }
        }
        batch.clear();
    }
}
