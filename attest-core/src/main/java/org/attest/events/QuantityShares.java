package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;

/** Shares out the quantities of a sentence that reports several events: which figures belong to which event. */
final class QuantityShares {
    private QuantityShares() {}

    /**
     * The quantities of the sentence that belong to event {@code e}: each goes to the event whose
     * anchor (trigger, or its own date when one hit has several) is the last to start before it,
     * since a date or trigger frames the words after it ("in March ... 40 villages, by April ...
     * 95 towns"); a quantity before every anchor goes to the nearest one.
     */
    static List<Integer> nearestOnly(List<Integer> quantities, SpanIndex spans,
                                     List<DatePass.Dated> dated, int e) {
        List<Integer> mine = new ArrayList<>();
        for (int q : quantities) {
            Span qs = spans.get(q);
            int best = -1;
            for (int k = 0; k < dated.size(); k++) {
                Span a = dated.get(k).anchor();
                if (a.start() <= qs.start() && (best < 0 || a.start() > dated.get(best).anchor().start())) {
                    best = k;
                }
            }
            if (best < 0) {
                best = 0;
                for (int k = 1; k < dated.size(); k++) {
                    if (DatePass.distance(qs, dated.get(k).anchor()) < DatePass.distance(qs, dated.get(best).anchor())) {
                        best = k;
                    }
                }
            }
            if (best == e) {
                mine.add(q);
            }
        }
        return mine;
    }
}
