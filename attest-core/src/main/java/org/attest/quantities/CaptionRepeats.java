package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.attest.model.Document;
import org.attest.model.Quantity;

/**
 * A figure that a picture's caption (or other boilerplate: the cleaner marks captions, bylines
 * and site furniture) gives and the body states too is one record, the body's: "Closed shops on
 * Monday. Traders in more than 40 towns joined the strike." over "Shopkeepers in more than 40
 * towns kept their shutters down". A caption shows a moment of what the body tells; the body's
 * sentence is the statement, with its noun and its source. Done before {@link HeadlineFigures}
 * and {@link Repeats}, which would otherwise keep the caption's figure when it comes first at the
 * top of the report. A caption's figure the body does not give stays.
 */
final class CaptionRepeats {
    private CaptionRepeats() {}

    /** The quantities, in text order, less the boilerplate figures a body figure states again. */
    static List<Quantity> drop(Document document, List<Quantity> found) {
        if (document.boilerplate().isEmpty() || found.isEmpty()) {
            return found;
        }
        List<Quantity> body = new ArrayList<>();
        for (Quantity q : found) {
            if (!document.inBoilerplate(q.span())) {
                body.add(q);
            }
        }
        if (body.size() == found.size() || body.isEmpty()) {
            return found;
        }
        List<Quantity> kept = new ArrayList<>(found.size());
        for (Quantity q : found) {
            boolean repeated = document.inBoilerplate(q.span()) && body.stream().anyMatch(b -> sameFigure(b, q));
            if (!repeated) {
                kept.add(q);
            }
        }
        return kept;
    }

    /** True when two figures have one value, bound and qualifier ("about 50" and "about 50 students"). */
    private static boolean sameFigure(Quantity a, Quantity b) {
        return a.value() == b.value() && a.qualifier() == b.qualifier() && Objects.equals(a.valueMax(), b.valueMax());
    }
}
