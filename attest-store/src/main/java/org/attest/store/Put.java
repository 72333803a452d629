package org.attest.store;

import org.attest.internal.Validate;
import org.attest.model.Document;

/**
 * One document to store with {@link Store#putAll}.
 *
 * @param document the document; its {@code sha256} must not be null
 * @param site     the host or folder to group it under, or {@code null}
 */
public record Put(Document document, String site) {
    public Put {
        Validate.notNull(document, "document");
        Validate.notNull(document.sha256(), "document.sha256");
    }
}
