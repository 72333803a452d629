package org.attest.store.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code IN (?, ?, ...)} lists for looking many keys up in one query, in chunks small enough for
 * either database's limit on bound parameters (SQLite 32,766, PostgreSQL 65,535).
 */
final class InList {
    /** Keys per query: a few hundred keeps the statement text and plan small. */
    static final int CHUNK = 500;

    private InList() {
    }

    /** {@code (?, ?, ?)} with {@code n} placeholders, n &gt; 0. */
    static String of(int n) {
        StringBuilder sb = new StringBuilder(n * 3 + 2).append('(');
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "?" : ", ?");
        }
        return sb.append(')').toString();
    }

    /** The list cut into consecutive chunks of at most {@link #CHUNK} elements. */
    static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            out.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return out;
    }
}
