package org.attest.app.ingest;

/**
 * What an ingest did, counted as documents were committed (or failed).
 *
 * @param added     documents stored that were not stored before
 * @param replaced  documents whose location held other bytes, now replaced
 * @param unchanged documents whose bytes were already stored: not extracted again
 * @param failed    documents or inputs (or parts of one) that could not be read, extracted or stored
 * @param events    events in the documents added or replaced
 * @param places    place mentions in the documents added or replaced
 */
public record IngestTotals(long added, long replaced, long unchanged, long failed, long events, long places) {
    /** Documents that went through: added, replaced or unchanged. */
    public long documents() {
        return added + replaced + unchanged;
    }
}
