package org.attest.app.ingest;

import java.time.Duration;
import org.attest.internal.Validate;

/**
 * When the extracted documents waiting to be stored are committed, in one transaction: as soon
 * as there are {@code documents} of them, or their texts add up to {@code chars} characters, or
 * the oldest has waited {@code age}, whichever comes first; and when the run ends. A commit per
 * document costs more than writing it (a SQLite commit writes every page it touched to the WAL
 * again; a PostgreSQL commit is a round trip and a flush of the server's log), so bulk ingest
 * commits in batches. A process killed between commits loses only the uncommitted batch, which
 * the next run stores again. On SQLite a commit also costs a fixed part per batch, whatever its
 * size: every index page a batch touched is written to the WAL again, and the indexes on place,
 * type and date are touched all over. So larger batches cost less per document: about 0.55 ms
 * of the writer's CPU per document at 100 per commit, 0.47 at 500, 0.75 at 20 (generated
 * documents of 2-5 KB into a store of 2,000; docs/benchmarks-store.md). The age bound decides
 * the batch when extraction is slower than that: at 200 ms, ingest on a loaded machine
 * committed batches of 17-24 documents.
 *
 * @param documents documents per transaction at most, &gt;= 1
 * @param chars     characters of text per transaction at most (bounds the memory held), &gt;= 1
 * @param age       how long the oldest document may wait, &gt;= 0
 */
public record CommitPolicy(int documents, long chars, Duration age) {
    /** Up to 500 documents, 8 million characters or 1 s per transaction. */
    public static final CommitPolicy DEFAULT = new CommitPolicy(500, 8_000_000, Duration.ofSeconds(1));

    public CommitPolicy {
        Validate.isTrue(documents >= 1, "documents must be at least 1: %d", documents);
        Validate.isTrue(chars >= 1, "chars must be at least 1: %d", chars);
        Validate.notNull(age, "age");
        Validate.isTrue(!age.isNegative(), "age must not be negative: %s", age);
    }

    /** A transaction for each document, as {@code Store.put} does. */
    public static CommitPolicy eachDocument() {
        return new CommitPolicy(1, Long.MAX_VALUE, Duration.ZERO);
    }
}
