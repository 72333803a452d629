package org.attest.app.ingest;

import java.util.function.Consumer;
import org.attest.model.Document;
import org.attest.store.PutAttempt;

/** Counts what an ingest did and passes each failure line on. Used by one thread. */
final class Tally {
    private final Consumer<String> failures;
    private long added;
    private long replaced;
    private long unchanged;
    private long failed;
    private long events;
    private long places;

    /** @param failures receives one line per failure, {@code <input>: <reason>} */
    Tally(Consumer<String> failures) {
        this.failures = failures;
    }

    /** A document whose bytes are stored: skipped before extraction. */
    void unchanged() {
        unchanged++;
    }

    void failed(String line) {
        failed++;
        failures.accept(line);
    }

    /** What storing a document came to. */
    void stored(Origin origin, Document doc, PutAttempt attempt) {
        if (!attempt.succeeded()) {
            failed(origin.line(attempt.failure().getMessage()));
            return;
        }
        switch (attempt.result().outcome()) {
            case NEW -> added++;
            case REPLACED -> replaced++;
            case UNCHANGED -> {
                // the same bytes came twice before the first was committed
                unchanged++;
                return;
            }
        }
        events += doc.events().size();
        places += doc.places().size();
    }

    IngestTotals totals() {
        return new IngestTotals(added, replaced, unchanged, failed, events, places);
    }
}
