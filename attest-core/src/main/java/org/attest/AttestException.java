package org.attest;

/**
 * An input or I/O failure that a caller can report and recover from: a file that cannot be
 * read, a page that is not text, a gazetteer table with the wrong columns. The message names
 * the input and the reason in one line.
 */
public class AttestException extends Exception {
    private static final long serialVersionUID = 1L;

    public AttestException(String message) {
        super(message);
    }

    public AttestException(String message, Throwable cause) {
        super(message, cause);
    }
}
