package org.attest.internal;

/**
 * Argument checks for programming errors. Input problems are never reported through
 * this class: they become {@link org.attest.model.Issue} entries or an {@code AttestException}.
 */
public final class Validate {
    private Validate() {}

    /** Thrown when a caller breaks a method's contract. */
    public static final class ContractException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        ContractException(String message) {
            super(message);
        }
    }

    /**
     * The check for hot paths ({@code Span} is built per word): no varargs array is boxed
     * unless the check fails.
     */
    public static void isTrue(boolean condition, String format, int a, int b) {
        if (!condition) {
            throw new ContractException(String.format(format, a, b));
        }
    }

    public static void isTrue(boolean condition, String format, Object... args) {
        if (!condition) {
            throw new ContractException(String.format(format, args));
        }
    }

    public static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new ContractException(name + " must not be null");
        }
        return value;
    }
}
