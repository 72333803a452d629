package org.attest.server;

/**
 * An HTTP error answer: thrown by a handler, written by the server as
 * {@code {"error": message, "status": status}}. It never leaves the server, so it is unchecked
 * like the framework's own answers.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
