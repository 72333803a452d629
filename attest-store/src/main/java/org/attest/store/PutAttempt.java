package org.attest.store;

import org.attest.AttestException;
import org.attest.internal.Validate;

/**
 * What {@link Store#putAll} did with one document: it was stored (or found stored), or it
 * failed. Exactly one of the two components is non-null.
 *
 * @param result  what was stored, or {@code null} when the document failed
 * @param failure why the document is not stored, or {@code null} when it is
 */
public record PutAttempt(PutResult result, AttestException failure) {
    public PutAttempt {
        Validate.isTrue((result == null) != (failure == null), "exactly one of result and failure");
    }

    public static PutAttempt stored(PutResult result) {
        return new PutAttempt(result, null);
    }

    public static PutAttempt failed(AttestException failure) {
        return new PutAttempt(null, failure);
    }

    public boolean succeeded() {
        return result != null;
    }
}
