package org.attest.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attest.model.Span;
import org.attest.internal.SortedInts;

/**
 * The spans of one document list (places, dates, quantities) sorted by start, for finding those
 * inside or overlapping a sentence by binary search instead of a scan per sentence.
 */
final class SpanIndex {
    private final List<Span> spans;
    private final Integer[] byStart;
    private final int[] starts;
    private final int maxLength;

    SpanIndex(List<Span> spans) {
        this.spans = List.copyOf(spans);
        this.byStart = new Integer[spans.size()];
        int longest = 0;
        for (int i = 0; i < byStart.length; i++) {
            byStart[i] = i;
            longest = Math.max(longest, spans.get(i).length());
        }
        Arrays.sort(byStart, (a, b) -> spans.get(a).compareTo(spans.get(b)));
        this.starts = new int[byStart.length];
        for (int i = 0; i < byStart.length; i++) {
            starts[i] = spans.get(byStart[i]).start();
        }
        this.maxLength = longest;
    }

    Span get(int index) {
        return spans.get(index);
    }

    /** Indexes (into the original list) of the spans inside {@code span}, in ascending index order. */
    List<Integer> inside(Span span) {
        List<Integer> out = new ArrayList<>();
        for (int k = lowerBound(span.start()); k < starts.length && starts[k] < span.end(); k++) {
            if (span.contains(spans.get(byStart[k]))) {
                out.add(byStart[k]);
            }
        }
        out.sort(null);
        return out;
    }

    /** True when some span overlaps {@code span}. */
    boolean overlapsAny(Span span) {
        for (int k = lowerBound(span.start() - maxLength); k < starts.length && starts[k] < span.end(); k++) {
            if (spans.get(byStart[k]).overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private int lowerBound(int start) {
        return SortedInts.firstAtOrAfter(starts, start);
    }
}
