package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Values the events stage may never need, computed on first request only: a paragraph's tokens
 * or a sentence's "another" test cost more than most sentences ask of them.
 */
final class Lazy {
    private Lazy() {}

    /** The value, computed on first request only. */
    static <T> Supplier<T> of(Supplier<T> compute) {
        List<T> cell = new ArrayList<>(1);
        return () -> {
            if (cell.isEmpty()) {
                cell.add(compute.get());
            }
            return cell.get(0);
        };
    }
}
