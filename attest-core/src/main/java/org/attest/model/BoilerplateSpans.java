package org.attest.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.attest.internal.SortedInts;

/**
 * A document's boilerplate spans, as given, with an index that answers "does one of them contain
 * this span?" by a binary search. A megabyte's document has hundreds of caption spans and the
 * question is asked for each sentence, event and figure, so a scan of the list grew with the
 * square of the length. The index is built once, in {@link Document}'s constructor, and every
 * {@code with...} copy of the document passes this same list on. Unmodifiable, like
 * {@link List#copyOf}, which it keeps for the spans themselves (no nulls).
 */
final class BoilerplateSpans extends AbstractList<Span> implements RandomAccess {
    private final List<Span> spans;
    /** The spans' starts, ascending. */
    private final int[] starts;
    /** {@code reach[i]}: the largest end among the spans with the {@code i + 1} smallest starts. */
    private final int[] reach;

    private BoilerplateSpans(List<Span> spans) {
        this.spans = spans;
        Span[] byStart = spans.toArray(new Span[0]);
        Arrays.sort(byStart);
        starts = new int[byStart.length];
        reach = new int[byStart.length];
        int far = Integer.MIN_VALUE;
        for (int i = 0; i < byStart.length; i++) {
            starts[i] = byStart[i].start();
            far = Math.max(far, byStart[i].end());
            reach[i] = far;
        }
    }

    /** The spans as an indexed list: {@code spans} itself when it is one already. */
    static BoilerplateSpans of(List<Span> spans) {
        return spans instanceof BoilerplateSpans indexed ? indexed : new BoilerplateSpans(List.copyOf(spans));
    }

    /**
     * True when one of the spans contains {@code span}: one that starts at or before it reaches to
     * its end or beyond.
     */
    boolean anyContains(Span span) {
        int after = SortedInts.firstAfter(starts, span.start());
        return after > 0 && reach[after - 1] >= span.end();
    }

    @Override
    public Span get(int index) {
        return spans.get(index);
    }

    @Override
    public int size() {
        return spans.size();
    }
}
