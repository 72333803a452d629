package org.attest.store;

import org.attest.model.Check;

/**
 * A consistency check found within one document, with the document it belongs to: its
 * evidence spans are offsets into that document's text.
 */
public record DocumentCheck(DocumentRef document, Check check) {
}
