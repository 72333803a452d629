package org.attest.model;

import java.util.List;
import java.util.function.Function;
import org.attest.internal.Validate;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a document's cleaned text.
 */
public record Span(int start, int end) implements Comparable<Span> {
    public Span {
        Validate.isTrue(start >= 0 && end >= start, "bad span [%d, %d)", start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /**
     * The index of the item whose span holds {@code offset}, or -1; a binary search, so the items'
     * spans must be in text order and not overlap (a document's sentences, for instance).
     */
    public static <T> int indexHolding(List<T> items, Function<T, Span> spanOf, int offset) {
        int lo = 0;
        int hi = items.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spanOf.apply(items.get(mid));
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
