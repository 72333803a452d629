package org.attest.store;

import org.attest.model.Document;

/**
 * A document as stored, with its store metadata, for re-extraction.
 *
 * @param ref      id, site and the other metadata
 * @param runId    the ingest run that stored it, or {@code null}
 * @param document the document with every span stored for it
 */
public record StoredDocument(DocumentRef ref, Long runId, Document document) {
}
