package org.attest.store;

import java.time.Instant;

/**
 * One ingest run and what it did.
 *
 * @param id       run id
 * @param started  when it started
 * @param finished when it finished, or {@code null} while running (or if it died)
 * @param totals   its counts; zero until finished
 */
public record IngestRun(long id, Instant started, Instant finished, Totals totals) {
    /** Documents per outcome of one run. */
    public record Totals(long added, long unchanged, long failed, long replaced) {
    }
}
