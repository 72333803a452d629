package org.attest.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.attest.ingest.Digests;
import org.attest.model.Document;
import org.attest.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreBatchTest {
    @TempDir
    Path dir;

    private final List<String> failures = new ArrayList<>();
    private final Tally tally = new Tally(failures::add);

    private static Document doc(int i, String text) {
        return Document.of("d" + i + ".txt", "file:in/d" + i + ".txt",
                Digests.sha256Hex((i + text).getBytes(StandardCharsets.UTF_8)), null, null, "en", text, List.of());
    }

    private static Origin origin(int i) {
        return new Origin("in/d" + i + ".txt", "d" + i + ".txt", "file:in/d" + i + ".txt");
    }

    @Test
    void documentsAreCommittedAndCountedOnlyWhenTheBatchIsFull() throws Exception {
        try (Store store = Store.open(dir.resolve("a.db").toString())) {
            StoreBatch batch = new StoreBatch(store, null, new CommitPolicy(3, Long.MAX_VALUE, Duration.ofDays(1)), tally);
            List<Long> storedAfterEach = new ArrayList<>();
            List<Long> countedAfterEach = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                batch.add(origin(i), doc(i, "Report number " + i + "."), "in");
                storedAfterEach.add(store.counts().documents());
                countedAfterEach.add(tally.totals().added());
            }

            assertThat(storedAfterEach).containsExactly(0L, 0L, 3L, 3L, 3L, 6L, 6L);
            assertThat(countedAfterEach).isEqualTo(storedAfterEach);
            batch.commit();
            assertThat(store.counts().documents()).isEqualTo(7);
            assertThat(tally.totals().added()).isEqualTo(7);
            assertThat(failures).isEmpty();
        }
    }

    @Test
    void aBatchIsCommittedEarlyWhenItsTextIsLargeOrItsOldestDocumentHasWaited() throws Exception {
        try (Store store = Store.open(dir.resolve("b.db").toString())) {
            StoreBatch bySize = new StoreBatch(store, null, new CommitPolicy(100, 30, Duration.ofDays(1)), tally);
            bySize.add(origin(0), doc(0, "twenty characters..."), "in");
            assertThat(store.counts().documents()).isZero();
            bySize.add(origin(1), doc(1, "twenty characters!!!"), "in");
            assertThat(store.counts().documents()).isEqualTo(2);

            StoreBatch byAge = new StoreBatch(store, null, new CommitPolicy(100, Long.MAX_VALUE, Duration.ZERO), tally);
            byAge.add(origin(2), doc(2, "At once."), "in");
            assertThat(store.counts().documents()).isEqualTo(3);
        }
    }

    @Test
    void theSameBytesTwiceInOneBatchAreStoredOnceAndCountedUnchanged() throws Exception {
        try (Store store = Store.open(dir.resolve("c.db").toString())) {
            StoreBatch batch = new StoreBatch(store, null, CommitPolicy.DEFAULT, tally);
            batch.add(origin(1), doc(1, "Same."), "in");
            batch.add(origin(1), doc(1, "Same."), "in");
            batch.commit();

            assertThat(store.counts().documents()).isEqualTo(1);
            assertThat(tally.totals()).isEqualTo(new IngestTotals(1, 0, 1, 0, 0, 0));
        }
    }
}
