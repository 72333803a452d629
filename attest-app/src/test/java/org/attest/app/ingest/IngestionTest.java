package org.attest.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.attest.Pipeline;
import org.attest.Stage;
import org.attest.app.sources.Sources;
import org.attest.clean.Cleaner;
import org.attest.ingest.SourceReader;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.Span;
import org.attest.store.Store;
import org.attest.store.StoredDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest path with several extraction threads and small batches, over a pipeline that only
 * cleans (and, in one test, spoils a document so that the store refuses it): what matters here
 * is that every document is extracted once, stored once, in order, and that failures stay alone.
 */
class IngestionTest {
    @TempDir
    Path dir;

    private final Map<String, Integer> extractions = new ConcurrentHashMap<>();
    private final Set<String> threads = ConcurrentHashMap.newKeySet();
    private final List<String> failures = new ArrayList<>();

    /** Counts each extraction and its thread; an event pointing at a place the document lacks where the text says so. */
    private final Stage witness = new Stage() {
        @Override
        public String name() {
            return "witness";
        }

        @Override
        public Document apply(Document d) {
            extractions.merge(d.name(), 1, Integer::sum);
            threads.add(Thread.currentThread().getName());
            if (!d.text().contains("unlinkable")) {
                return d;
            }
            return d.withEvents(List.of(new Event("protest", null, DatePrecision.UNKNOWN, List.of(7), List.of(),
                    List.of(), null, new Span(0, 4), "x")));
        }
    };

    private Path corpus(int n) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < n; i++) {
            Files.writeString(in.resolve(String.format("r%03d.txt", i)), "Report " + i + ": workers gathered.");
        }
        return in;
    }

    private IngestTotals ingest(Store store, Path in, int threads, CommitPolicy commits) throws Exception {
        Sources sources = new Sources(false, Sources.DEFAULT_MAX_BYTES, Sources.DEFAULT_TIMEOUT);
        Pipeline pipeline = new Pipeline(new SourceReader(), Cleaner.withDefaults(), List.of(witness));
        try (Ingestion ingestion = new Ingestion(store, sources, () -> pipeline, null,
                new Ingestion.Options(threads, commits), failures::add)) {
            for (String input : Sources.expand(List.of(in.toString()))) {
                ingestion.ingest(input);
            }
            return ingestion.finish();
        }
    }

    private static List<StoredDocument> stored(Store store) {
        try (Stream<StoredDocument> docs = store.documents()) {
            return docs.toList();
        } catch (org.attest.AttestException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void withFourThreadsEveryDocumentIsExtractedOnceAndStoredOnceInInputOrder() throws Exception {
        Path in = corpus(150);
        try (Store store = Store.open(dir.resolve("a.db").toString())) {
            IngestTotals totals = ingest(store, in, 4, new CommitPolicy(7, Long.MAX_VALUE, Duration.ofDays(1)));

            assertThat(totals).isEqualTo(new IngestTotals(150, 0, 0, 0, 0, 0));
            assertThat(failures).isEmpty();
            assertThat(extractions).hasSize(150).allSatisfy((name, times) -> assertThat(times).isOne());
            assertThat(threads).hasSizeGreaterThan(1).allMatch(t -> t.startsWith("attest-extract-"));
            List<String> byId = stored(store).stream().map(d -> d.ref().location()).toList();
            assertThat(byId).hasSize(150).isSorted();

            IngestTotals again = ingest(store, in, 4, CommitPolicy.DEFAULT);

            assertThat(again).isEqualTo(new IngestTotals(0, 0, 150, 0, 0, 0));
            assertThat(extractions.values()).containsOnly(1);
            assertThat(store.counts().documents()).isEqualTo(150);
        }
    }

    @Test
    void documentsThatFailToExtractOrToStoreFailAloneAndTheRestOfTheirBatchIsStored() throws Exception {
        Path in = corpus(30);
        Files.write(in.resolve("r010.txt"), new byte[] {7, 0, 1, 0, 2, 0, 3, (byte) 0xFF});
        Files.writeString(in.resolve("r015.txt"), "Report 15: an unlinkable event.");
        try (Store store = Store.open(dir.resolve("b.db").toString())) {
            IngestTotals totals = ingest(store, in, 2, new CommitPolicy(10, Long.MAX_VALUE, Duration.ofDays(1)));

            assertThat(totals).isEqualTo(new IngestTotals(28, 0, 0, 2, 0, 0));
            assertThat(failures).hasSize(2);
            assertThat(failures.get(0)).startsWith(in.resolve("r010.txt").toString()).contains("binary content");
            assertThat(failures.get(1)).contains("r015.txt").contains("place 7");
            List<StoredDocument> docs = stored(store);
            assertThat(docs).hasSize(28).extracting(d -> d.ref().location())
                    .doesNotContain("file:" + in.resolve("r010.txt"), "file:" + in.resolve("r015.txt"))
                    .contains("file:" + in.resolve("r011.txt"), "file:" + in.resolve("r019.txt"));
        }
    }
}
