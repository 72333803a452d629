package org.attest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.Span;
import org.junit.jupiter.api.Test;

/** {@link Store#putAll} and {@link Store#stored}, the bulk ingest path; mixed into {@link StoreContractTest}. */
interface PutAllContract {
    Store fresh() throws Exception;

    String freshSpec() throws Exception;

    Store open(String spec) throws Exception;

    /** The May report's bytes at another address: stored, they are the same document. */
    private static Document mirrorOfMay() {
        Document may = Fixtures.mayReport();
        return new Document(may.name(), "https://mirror.example.net/may", may.sha256(), may.title(), may.published(),
                may.language(), may.text(), may.boilerplate(), may.sentences(), may.places(), may.unresolved(),
                may.dates(), may.quantities(), may.events(), may.checks(), may.issues());
    }

    @Test
    default void putAllGivesEachDocumentTheOutcomeOfPutsOneAfterTheOther() throws Exception {
        // new, new, the same bytes again, other bytes at the first one's place, and the first
        // one's old bytes at another place: new once the correction has replaced them
        List<Put> puts = List.of(new Put(Fixtures.mayReport(), "example.org"), new Put(Fixtures.autumnReport(), "corpus"),
                new Put(Fixtures.generated(1, 3), "gen"), new Put(Fixtures.mayReport(), "example.org"),
                new Put(Fixtures.mayReportCorrected(), "example.org"), new Put(mirrorOfMay(), "mirror.example.net"),
                new Put(Fixtures.generated(2, 3), "gen"));
        Store oneByOne = fresh();
        List<PutResult> expected = new ArrayList<>();
        for (Put p : puts) {
            expected.add(oneByOne.put(p.document(), p.site()));
        }
        Store batched = fresh();

        List<PutAttempt> attempts = batched.putAll(puts, null);

        assertThat(attempts).allMatch(PutAttempt::succeeded);
        assertThat(attempts).extracting(PutAttempt::result).isEqualTo(expected);
        assertThat(expected).extracting(PutResult::outcome).containsExactly(PutResult.Outcome.NEW,
                PutResult.Outcome.NEW, PutResult.Outcome.NEW, PutResult.Outcome.UNCHANGED, PutResult.Outcome.REPLACED,
                PutResult.Outcome.NEW, PutResult.Outcome.NEW);
        assertThat(batched.counts()).isEqualTo(oneByOne.counts());
        for (PutResult r : expected) {
            assertThat(batched.document(r.documentId())).isEqualTo(oneByOne.document(r.documentId()));
        }
        assertThat(batched.document(expected.get(4).documentId())).contains(Fixtures.mayReportCorrected());
    }

    @Test
    default void aDocumentThatCannotBeStoredFailsAloneAndTheRestOfItsBatchIsStored() throws Exception {
        Store store = fresh();
        Document autumn = Fixtures.autumnReport();
        Event pointsNowhere = new Event("protest", "2022-10", DatePrecision.MONTH, List.of(7), List.of(), List.of(), null,
                new Span(0, 5), "x");
        Document broken = autumn.withEvents(List.of(autumn.events().get(0), pointsNowhere));

        List<PutAttempt> attempts = store.putAll(List.of(new Put(Fixtures.generated(1, 3), "gen"),
                new Put(broken, "corpus"), new Put(Fixtures.generated(2, 3), "gen")), null);

        assertThat(attempts).extracting(PutAttempt::succeeded).containsExactly(true, false, true);
        assertThat(attempts.get(1).failure()).hasMessageContaining("autumn.txt").hasMessageContaining("place 7");
        assertThat(attempts.get(0).result().outcome()).isEqualTo(PutResult.Outcome.NEW);
        assertThat(attempts.get(2).result().outcome()).isEqualTo(PutResult.Outcome.NEW);
        Counts c = store.counts();
        assertThat(c.documents()).isEqualTo(2);
        assertThat(c.placeMentions()).isEqualTo(2 * 3);
        assertThat(c.eventPlaces()).isEqualTo(2 * 3);
        assertThat(store.contains(autumn.sha256())).isFalse();
    }

    @Test
    default void storedAnswersForManySha256sAtOnce() throws Exception {
        Store store = fresh();
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            asked.add(Fixtures.sha256("not stored " + i));
        }
        for (int i : new int[] {0, 700, 1199}) {
            Document d = Fixtures.generated(i, 1);
            store.put(d, "gen");
            asked.set(i, d.sha256());
        }

        assertThat(store.stored(asked)).containsExactlyInAnyOrder(asked.get(0), asked.get(700), asked.get(1199));
        assertThat(store.stored(List.of())).isEmpty();
        assertThat(store.contains(asked.get(700))).isTrue();
        assertThat(store.contains(asked.get(1))).isFalse();
    }

    @Test
    default void batchesRacingOnTheSameDocumentsStoreEachOnce() throws Exception {
        String spec = freshSpec();
        Store a = open(spec);
        Store b = open(spec);
        int docs = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Long> fromA = () -> addedInBatches(a, docs);
            Callable<Long> fromB = () -> addedInBatches(b, docs);
            List<Future<Long>> done = pool.invokeAll(List.of(fromA, fromB));
            assertThat(done.get(0).get() + done.get(1).get()).isEqualTo(docs);
        } finally {
            pool.shutdownNow();
        }
        assertThat(a.counts().documents()).isEqualTo(docs);
        assertThat(a.counts().events()).isEqualTo(docs * 5L);
    }

    /** Puts generated documents 0..n-1 in batches of 8; returns how many were new; fails on a failure. */
    private static long addedInBatches(Store store, int n) {
        long added = 0;
        for (int from = 0; from < n; from += 8) {
            List<Put> puts = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + 8); i++) {
                puts.add(new Put(Fixtures.generated(i, 5), "gen"));
            }
            for (PutAttempt a : store.putAll(puts, null)) {
                assertThat(a.failure()).isNull();
                added += a.result().outcome() == PutResult.Outcome.NEW ? 1 : 0;
            }
        }
        return added;
    }

    @Test
    default void aKilledBatchWriterLeavesWholeBatchesAndARerunStoresTheRest() throws Exception {
        int docs = 300;
        int size = 30;
        int batch = 10;
        String spec = freshSpec();
        Process writer = CrashWriter.start(spec, docs, size, batch);
        int batches = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            while (batches < 2 && out.readLine() != null) {
                batches++;
            }
            writer.destroyForcibly();
        }
        assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        try (Store killed = Store.open(spec)) {
            Counts c = killed.counts();
            assertThat(c.documents()).isBetween((long) batches * batch, (long) docs - 1);
            assertThat(c.documents() % batch).as("documents of whole batches").isZero();
            assertThat(c.placeMentions()).isEqualTo(c.documents() * size);
            assertThat(c.eventQuantities()).isEqualTo(c.documents() * size);
        }

        assertThat(CrashWriter.run(spec, docs, size, batch)).isZero();

        try (Store rerun = Store.open(spec)) {
            assertThat(rerun.counts().documents()).isEqualTo(docs);
            assertThat(rerun.counts().events()).isEqualTo((long) docs * size);
        }
    }
}
