package org.attest.checks;

import java.util.HashMap;
import java.util.Map;

/**
 * One copy of each short string that digests repeat across documents (event types, units,
 * scopes, dates, place keys and names, publishers): a store hands every row its own copy, and
 * over 100,000 documents the copies would take hundreds of megabytes. One per run; not
 * thread-safe.
 */
final class StringPool {
    private final Map<String, String> pool = new HashMap<>();

    /** The pooled string equal to {@code s}, or {@code null} for {@code null}. */
    String of(String s) {
        if (s == null) {
            return null;
        }
        String first = pool.putIfAbsent(s, s);
        return first == null ? s : first;
    }
}
