package org.attest.model;

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

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
