package org.attest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.model.Check;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.Span;
import org.attest.store.export.ExportContract;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, run against SQLite and PostgreSQL by the two subclasses. The
 * query, read-path, export and bulk-write tests come in through {@link QueryContract},
 * {@link ReadPathContract}, {@link ExportContract} and {@link PutAllContract}.
 */
abstract class StoreContractTest extends StoreTestBase
        implements QueryContract, ReadPathContract, ExportContract, PutAllContract {

    @Test
    void putNewThenSameBytesIsUnchangedAndWritesNothing() throws Exception {
        Store store = fresh();
        PutResult first = store.put(Fixtures.mayReport(), "example.org");
        Counts before = store.counts();
        PutResult again = store.put(Fixtures.mayReport(), "example.org");

        assertThat(first.outcome()).isEqualTo(PutResult.Outcome.NEW);
        assertThat(again).isEqualTo(new PutResult(PutResult.Outcome.UNCHANGED, first.documentId()));
        assertThat(store.counts()).isEqualTo(before);
        assertThat(before.documents()).isEqualTo(1);
        assertThat(before.placeMentions()).isEqualTo(4);
        assertThat(before.events()).isEqualTo(3);
        assertThat(before.eventPlaces()).isEqualTo(3);
        assertThat(before.eventQuantities()).isEqualTo(2);
        assertThat(before.checks()).isEqualTo(1);
        assertThat(before.issues()).isEqualTo(1);
    }

    @Test
    void documentIsRebuiltWithEverySpan() throws Exception {
        Store store = fresh();
        Document may = Fixtures.mayReport();
        long id = store.put(may, "example.org").documentId();

        assertThat(store.document(id)).contains(may);
        assertThat(store.document(id + 1000)).isEmpty();
    }

    @Test
    void containsAnswersBySha256() throws Exception {
        Store store = fresh();
        Document may = Fixtures.mayReport();
        long id = store.put(may, null).documentId();

        assertThat(store.contains(may.sha256())).isTrue();
        assertThat(store.contains(Fixtures.sha256("other"))).isFalse();
        assertThat(store.documentId(may.sha256())).contains(id);
    }

    @Test
    void changedBytesAtTheSameLocationReplaceTheOldRowsAndKeepTheId() throws Exception {
        Store store = fresh();
        long id = store.put(Fixtures.mayReport(), "example.org").documentId();
        store.put(Fixtures.autumnReport(), "corpus");
        Document corrected = Fixtures.mayReportCorrected();

        PutResult replaced = store.put(corrected, "example.org");

        assertThat(replaced).isEqualTo(new PutResult(PutResult.Outcome.REPLACED, id));
        assertThat(store.document(id)).contains(corrected);
        assertThat(store.contains(Fixtures.mayReport().sha256())).isFalse();
        Counts c = store.counts();
        assertThat(c.documents()).isEqualTo(2);
        assertThat(c.events()).isEqualTo(1 + 2);
        assertThat(c.placeMentions()).isEqualTo(1 + 2);
        assertThat(c.unresolved()).isZero();
        assertThat(c.checks()).isZero();
        assertThat(store.events(EventFilter.all().withType("arrest"))).isEmpty();
    }

    @Test
    void sameBytesAtAnotherLocationAreUnchanged() throws Exception {
        Store store = fresh();
        Document may = Fixtures.mayReport();
        long id = store.put(may, "example.org").documentId();
        Document mirror = new Document(may.name(), "https://mirror.example.net/may", may.sha256(), may.title(),
                may.published(), may.language(), may.text(), may.boilerplate(), may.sentences(), may.places(),
                may.unresolved(), may.dates(), may.quantities(), may.events(), may.checks(), may.issues());

        assertThat(store.put(mirror, "mirror.example.net"))
                .isEqualTo(new PutResult(PutResult.Outcome.UNCHANGED, id));
        assertThat(store.counts().documents()).isEqualTo(1);
    }

    @Test
    void anEventPointingAtAMissingPlaceFailsAndWritesNothing() throws Exception {
        Store store = fresh();
        Document autumn = Fixtures.autumnReport();
        Event bad = new Event("protest", "2022-10", DatePrecision.MONTH, List.of(7), List.of(), List.of(), null,
                new Span(0, 5), "x");
        Document broken = autumn.withEvents(List.of(autumn.events().get(0), bad));

        assertThatThrownBy(() -> store.put(broken, "corpus"))
                .isInstanceOf(AttestException.class)
                .hasMessageContaining("autumn.txt")
                .hasMessageContaining("place 7");
        assertThat(store.counts().documents()).isZero();
        assertThat(store.counts().placeMentions()).isZero();
        assertThat(store.put(autumn, "corpus").outcome()).isEqualTo(PutResult.Outcome.NEW);
    }

    @Test
    void replaceExtractionKeepsTheDocumentRowAndSwapsItsFindings() throws Exception {
        Store store = fresh();
        Document may = Fixtures.mayReport();
        long id = store.put(may, "example.org").documentId();
        Document reextracted = may.withEvents(List.of(may.events().get(0))).withChecks(List.of());

        assertThat(store.replaceExtraction(id, reextracted)).isTrue();
        assertThat(store.replaceExtraction(id + 99, reextracted)).isFalse();
        assertThat(store.document(id)).contains(reextracted);
        assertThat(store.contains(may.sha256())).isTrue();
        assertThat(store.counts().events()).isEqualTo(1);
    }

    @Test
    void replaceExtractionsSwapsTheFindingsOfSeveralDocumentsAndSkipsUnknownIds() throws Exception {
        Store store = fresh();
        Document may = Fixtures.mayReport();
        Document autumn = Fixtures.autumnReport();
        long mayId = store.put(may, "example.org").documentId();
        long autumnId = store.put(autumn, "corpus").documentId();
        Document mayAgain = may.withEvents(List.of(may.events().get(0))).withChecks(List.of());
        Document autumnAgain = autumn.withEvents(List.of());

        assertThat(store.replaceExtractions(Map.of(mayId, mayAgain, autumnId, autumnAgain, autumnId + 99, autumnAgain)))
                .containsExactlyInAnyOrder(mayId, autumnId);
        assertThat(store.document(mayId)).contains(mayAgain);
        assertThat(store.document(autumnId)).contains(autumnAgain);
        assertThat(store.document(autumnId + 99)).isEmpty();
        assertThat(store.counts().events()).isEqualTo(1);
        assertThat(store.replaceExtractions(Map.of())).isEmpty();
    }

    @Test
    void replaceExtractionsWritesNothingWhenOneDocumentFails() throws Exception {
        Store store = fresh();
        Document may = Fixtures.mayReport();
        Document autumn = Fixtures.autumnReport();
        long mayId = store.put(may, "example.org").documentId();
        long autumnId = store.put(autumn, "corpus").documentId();
        Counts before = store.counts();
        Event bad = new Event("protest", "2022-10", DatePrecision.MONTH, List.of(7), List.of(), List.of(), null,
                new Span(0, 5), "x");

        assertThatThrownBy(() -> store.replaceExtractions(Map.of(mayId, may.withEvents(List.of()),
                autumnId, autumn.withEvents(List.of(bad)))))
                .isInstanceOf(AttestException.class)
                .hasMessageContaining("place 7");
        assertThat(store.counts()).isEqualTo(before);
        assertThat(store.document(mayId)).contains(may);
        assertThat(store.document(autumnId)).contains(autumn);
    }

    @Test
    void documentsStreamsEveryDocumentInIdOrderAcrossPages() throws Exception {
        Store store = fresh();
        int n = 205;
        for (int i = 0; i < n; i++) {
            store.put(Fixtures.generated(i, 1), "gen");
        }

        try (Stream<StoredDocument> docs = store.documents()) {
            List<StoredDocument> all = docs.toList();
            assertThat(all).hasSize(n);
            assertThat(all).extracting(d -> d.ref().id()).isSorted();
            assertThat(all.get(204).document()).isEqualTo(Fixtures.generated(204, 1));
            assertThat(all.get(0).ref().site()).isEqualTo("gen");
        }
    }

    @Test
    void crossDocumentChecksAreReplacedAsAWhole() throws Exception {
        Store store = fresh();
        store.put(Fixtures.mayReport(), "example.org");
        Check first = new Check("same_figure", Map.of("copies", 4, "publishers", List.of("a", "b")),
                "four copies of one figure", List.of(new Span(1, 2)));
        Check second = new Check("same_figure", Map.of("copies", 2), "two copies", List.of());

        store.replaceChecks(List.of(first));
        store.replaceChecks(List.of(second, first));

        assertThat(store.checks()).containsExactly(second, first);
        assertThat(store.counts().checks()).isEqualTo(2 + 1);
    }

    @Test
    void runsRecordTheirTotals() throws Exception {
        Store store = fresh();
        long run = store.startRun();
        long doc = store.put(Fixtures.mayReport(), "example.org", run).documentId();
        store.finishRun(run, new IngestRun.Totals(1, 2, 3, 4));

        IngestRun read = store.run(run).orElseThrow();
        assertThat(read.totals()).isEqualTo(new IngestRun.Totals(1, 2, 3, 4));
        assertThat(read.finished()).isAfterOrEqualTo(read.started());
        assertThat(store.run(run + 1)).isEmpty();
        try (Stream<StoredDocument> docs = store.documents()) {
            assertThat(docs.toList()).singleElement().satisfies(d -> {
                assertThat(d.runId()).isEqualTo(run);
                assertThat(d.ref().id()).isEqualTo(doc);
            });
        }
    }

    @Test
    void reopeningKeepsTheDataAndTheSchema() throws Exception {
        String spec = freshSpec();
        try (Store store = Store.open(spec)) {
            store.put(Fixtures.mayReport(), "example.org");
        }
        Store again = open(spec);
        assertThat(again.counts().documents()).isEqualTo(1);
        assertThat(again.put(Fixtures.mayReport(), "example.org").outcome()).isEqualTo(PutResult.Outcome.UNCHANGED);
    }

    @Test
    void aKilledWriterLeavesWholeDocumentsAndARerunMatchesACleanRun() throws Exception {
        int docs = 150;
        int size = 30;
        String spec = freshSpec();
        Process writer = CrashWriter.start(spec, docs, size, 0);
        int committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            while (committed < 20 && out.readLine() != null) {
                committed++;
            }
            writer.destroyForcibly();
        }
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        try (Store killed = Store.open(spec)) {
            Counts c = killed.counts();
            assertThat(c.documents()).isBetween((long) committed, (long) docs - 1);
            assertThat(c.placeMentions()).isEqualTo(c.documents() * size);
            assertThat(c.quantities()).isEqualTo(c.documents() * size);
            assertThat(c.events()).isEqualTo(c.documents() * size);
            assertThat(c.eventPlaces()).isEqualTo(c.documents() * size);
            assertThat(c.eventQuantities()).isEqualTo(c.documents() * size);
        }

        assertThat(CrashWriter.run(spec, docs, size, 0)).isZero();
        String clean = freshSpec();
        assertThat(CrashWriter.run(clean, docs, size, 0)).isZero();

        try (Store rerun = Store.open(spec); Store cleanRun = Store.open(clean)) {
            assertThat(rerun.counts()).isEqualTo(cleanRun.counts());
            assertThat(rerun.counts().documents()).isEqualTo(docs);
            assertThat(rerun.stats(EventFilter.all())).isEqualTo(cleanRun.stats(EventFilter.all()));
        }
    }

    @Test
    void writersRacingOnTheSameDocumentsStoreEachOnce() throws Exception {
        String spec = freshSpec();
        Store a = open(spec);
        Store b = open(spec);
        int docs = 30;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Long> fromA = () -> putAll(a, docs);
            java.util.concurrent.Callable<Long> fromB = () -> putAll(b, docs);
            List<java.util.concurrent.Future<Long>> done = pool.invokeAll(List.of(fromA, fromB));
            long added = done.get(0).get() + done.get(1).get();
            assertThat(added).isEqualTo(docs);
        } finally {
            pool.shutdownNow();
        }
        assertThat(a.counts().documents()).isEqualTo(docs);
        assertThat(a.counts().events()).isEqualTo(docs * 5L);
    }

    /** Puts generated documents 0..n-1 and returns how many were NEW. */
    private static long putAll(Store store, int n) throws AttestException {
        long added = 0;
        for (int i = 0; i < n; i++) {
            if (store.put(Fixtures.generated(i, 5), "gen").outcome() == PutResult.Outcome.NEW) {
                added++;
            }
        }
        return added;
    }
}
