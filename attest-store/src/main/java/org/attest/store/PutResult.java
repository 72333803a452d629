package org.attest.store;

/**
 * What {@link Store#put} did with a document.
 *
 * @param outcome    new, unchanged or replaced
 * @param documentId the stored document's id: the new row, the row already holding these bytes
 *                   (unchanged), or the row whose content was replaced (the id is kept)
 */
public record PutResult(Outcome outcome, long documentId) {
    /** What happened. */
    public enum Outcome {
        /** Nothing with this SHA-256 or location was stored: the document was added. */
        NEW,
        /** A document with the same SHA-256 is stored: nothing was written. */
        UNCHANGED,
        /** A document at the same location had other bytes: its rows were replaced. */
        REPLACED
    }
}
