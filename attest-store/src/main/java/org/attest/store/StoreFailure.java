package org.attest.store;

import org.attest.AttestException;

/**
 * Carries an {@link AttestException} out of a lazily read {@link java.util.stream.Stream} of the
 * store, where checked exceptions cannot pass. Catch it around the stream's terminal operation
 * and report {@link #getCause()}.
 */
public final class StoreFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreFailure(AttestException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized AttestException getCause() {
        return (AttestException) super.getCause();
    }
}
