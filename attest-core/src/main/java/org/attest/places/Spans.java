package org.attest.places;

import java.util.List;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/** Questions about the names already reported, asked per word by several passes: plain loops, no stream per question. */
final class Spans {
    private Spans() {
    }

    /** True when a reported name overlaps {@code span}: {@code unresolved.stream().anyMatch(u -> u.span().overlaps(span))}. */
    static boolean anyOverlaps(List<Unresolved> unresolved, Span span) {
        for (Unresolved u : unresolved) {
            if (u.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
