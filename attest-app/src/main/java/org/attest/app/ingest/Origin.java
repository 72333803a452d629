package org.attest.app.ingest;

/**
 * Where a document came from, to name it in a failure line.
 *
 * @param input    the input it was read from (a file, a URL)
 * @param name     the document's short name
 * @param location the document's location: {@code file:} the input itself, or a URL inside it
 */
record Origin(String input, String name, String location) {
    /**
     * The failure line: a message about a document that is the input itself as it is (cleaner
     * messages name the document); for one of many in an input (a WARC record, a feed entry, a
     * JSON line), the input and the document's URL, then the reason.
     */
    String line(String message) {
        if (location.equals("file:" + input)) {
            return message;
        }
        String reason = message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
        return input + ": " + location + ": " + reason;
    }
}
