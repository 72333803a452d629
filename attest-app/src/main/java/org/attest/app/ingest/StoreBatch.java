package org.attest.app.ingest;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Document;
import org.attest.store.Put;
import org.attest.store.PutAttempt;
import org.attest.store.Store;

/**
 * Extracted documents waiting to be stored, committed together ({@link Store#putAll}) when the
 * {@link CommitPolicy} says so. Each document's outcome goes to the tally once it is committed
 * (or has failed), so the counts never include a document a kill could still lose. Used by one
 * thread.
 */
final class StoreBatch {
    private record Waiting(Origin origin, Put put) {
    }

    private final Store store;
    private final Long runId;
    private final CommitPolicy policy;
    private final Tally tally;
    private final List<Waiting> waiting = new ArrayList<>();
    private long chars;
    private long oldestNanos;

    StoreBatch(Store store, Long runId, CommitPolicy policy, Tally tally) {
        this.store = store;
        this.runId = runId;
        this.policy = policy;
        this.tally = tally;
    }

    /** Adds a document to the batch, then commits if the policy says so. */
    void add(Origin origin, Document doc, String site) {
        if (waiting.isEmpty()) {
            oldestNanos = System.nanoTime();
        }
        waiting.add(new Waiting(origin, new Put(doc, site)));
        chars += doc.text().length();
        commitIfDue();
    }

    /** Commits if the batch is full, large or old enough. */
    void commitIfDue() {
        if (!waiting.isEmpty() && (waiting.size() >= policy.documents() || chars >= policy.chars()
                || System.nanoTime() - oldestNanos >= policy.age().toNanos())) {
            commit();
        }
    }

    /** Stores and commits what is waiting, and counts each document's outcome. */
    void commit() {
        if (waiting.isEmpty()) {
            return;
        }
        List<PutAttempt> attempts = store.putAll(waiting.stream().map(Waiting::put).toList(), runId);
        for (int i = 0; i < waiting.size(); i++) {
            Waiting w = waiting.get(i);
            tally.stored(w.origin(), w.put().document(), attempts.get(i));
        }
        waiting.clear();
        chars = 0;
    }
}
