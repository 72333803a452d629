package org.attest.store;

/** How many rows each table holds. */
public record Counts(long documents, long sentences, long placeMentions, long unresolved, long dates,
                     long quantities, long events, long eventPlaces, long eventQuantities, long checks,
                     long issues, long runs) {
}
