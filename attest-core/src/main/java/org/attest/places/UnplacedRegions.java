package org.attest.places;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/**
 * Regions the text names that are no one place, reported as unresolved rather than lost: the
 * world regions candidates stand in ("Central Asia", "Iraqi Kurdistan") and the provinces of a
 * country the text is not about ({@link Candidate#provinceAbroad}, set while resolving).
 */
final class UnplacedRegions {
    private UnplacedRegions() {
    }

    /**
     * A new, mutable list: each world region once, in candidate order, then each province
     * abroad. Call after resolution, which marks the provinces abroad.
     */
    static List<Unresolved> report(Tokens t, List<Candidate> cands) {
        List<Unresolved> unresolved = worldRegions(t, cands);
        for (Candidate c : cands) {
            if (c.provinceAbroad) {
                Span span = new Span(t.start[c.first], t.end[c.last]);
                unresolved.add(new Unresolved(span.of(t.text), span, "a province of a country the text is not about"));
            }
        }
        return unresolved;
    }

    /** The world regions the candidates stand in ("Central Asia", "Iraqi Kurdistan"), once each, as unresolved. */
    private static List<Unresolved> worldRegions(Tokens t, List<Candidate> cands) {
        List<Unresolved> out = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.regionFirst < 0) {
                continue;
            }
            Span span = new Span(t.start[c.regionFirst], t.end[c.regionLast]);
            if (out.isEmpty() || !out.get(out.size() - 1).span().equals(span)) {
                out.add(new Unresolved(span.of(t.text), span, "a world region, not one place"));
            }
        }
        return out;
    }
}
