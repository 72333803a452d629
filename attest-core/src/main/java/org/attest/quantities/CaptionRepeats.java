package org.attest.quantities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attest.model.Document;
import org.attest.model.Qualifier;
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
        // the body's figures as a set, not a list searched per caption figure: a long report has
        // hundreds of captions and thousands of body figures
        Set<Figure> stated = new HashSet<>();
        for (Quantity b : body) {
            stated.add(Figure.of(b));
        }
        List<Quantity> kept = new ArrayList<>(found.size());
        for (Quantity q : found) {
            boolean repeated = document.inBoilerplate(q.span()) && !Double.isNaN(q.value()) && stated.contains(Figure.of(q));
            if (!repeated) {
                kept.add(q);
            }
        }
        return kept;
    }

    /**
     * A figure's value, bound and qualifier: two quantities state one figure when these are equal
     * ("about 50" and "about 50 students"). The value is compared as {@code ==} compares it: a
     * record's equality tells -0.0 from 0.0, so the value is stored plus 0.0 (which makes -0.0 0.0),
     * and a NaN value, equal to nothing under {@code ==}, is never looked up. The bound is compared
     * by {@link Double#equals}, as {@link java.util.Objects#equals} compared it.
     */
    private record Figure(double value, Qualifier qualifier, Double valueMax) {
        static Figure of(Quantity q) {
            return new Figure(q.value() + 0.0, q.qualifier(), q.valueMax());
        }
    }
}
