package org.attest.places;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/**
 * Regions the text names that are no one place, reported as unresolved rather than lost: the
 * world regions candidates stand in ("Central Asia", "Iraqi Kurdistan") and the provinces of a
 * country the text is not about ({@link Candidate#provinceAbroad}, set while resolving); and
 * the names of sites numbered after a place ("Ashraf-3").
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
            if (UnknownTails.AFTER_OPENER.equals(c.rejected)) {
                // "Villa Azul": a town the gazetteer lacks, its opener and tail in one name
                Span span = new Span(t.start[c.first - 1], t.end[c.last]);
                unresolved.add(new Unresolved(span.of(t.text), span, "a town's name the gazetteer lacks"));
            }
            if (NameParts.COMPASS_BEFORE_UNKNOWN.equals(c.rejected) && c.last + 1 < t.size
                    && !(c.last + 2 < t.size && t.joined(c.last + 1) && t.capitalized(c.last + 2))) {
                // "districts bordering North Velmark": a place of that name the gazetteer lacks;
                // not when the name goes on ("the Central Election Commission")
                Span span = new Span(t.start[c.first], t.end[c.last + 1]);
                unresolved.add(new Unresolved(span.of(t.text), span, "a place named by a direction and a name the gazetteer lacks"));
            }
            if (NameFragments.HEAD_OF_LONGER.equals(c.rejected) && c.words() > 1) {
                // "San Juan de Lurigancho": a district or town the gazetteer lacks, reported whole
                Span span = new Span(t.start[c.first], t.end[NameFragments.longerNameEnd(t, c, null)]);
                unresolved.add(new Unresolved(span.of(t.text), span, "a town's name the gazetteer lacks"));
            }
            if (NamedAfterPlaces.NUMBERED.equals(c.rejected)) {
                // "Ashraf-3": a camp or a site the gazetteer lacks, reported with its number
                Span span = new Span(t.start[c.first], t.end[c.last + 1]);
                unresolved.add(new Unresolved(span.of(t.text), span, NamedAfterPlaces.NUMBERED));
            }
            if (c.directionOnly) {
                Span span = new Span(t.start[c.first], t.end[c.last]);
                unresolved.add(new Unresolved(span.of(t.text), span, "a region named by its direction"));
            }
            if (c.provinceAbroad) {
                Span span = new Span(t.start[c.first], t.end[c.last]);
                unresolved.add(new Unresolved(span.of(t.text), span, "a province of a country the text is not about"));
            }
        }
        return unresolved;
    }

    /**
     * Adds the world regions the text names where no candidate stood ("one of Europe's laws",
     * "across Siberia": no gazetteer entry bears those names), once per mention, unless a place
     * mention or a reported name already covers the words. A name opens with a capital, or in
     * lower case right after a possessive ("Russia's far east").
     */
    static void named(Tokens t, WorldRegions regions, boolean[] covered, List<Unresolved> unresolved) {
        List<Unresolved> found = new ArrayList<>();
        for (int a = 0; a < t.size; a++) {
            if (covered[a] || !(t.capitalized(a) || afterPossessive(t, a))) {
                continue;
            }
            int b = regions.nameAt(t, a);
            if (b < 0 || anyCovered(covered, a, b) || closesName(t, a)) {
                continue;
            }
            Span span = new Span(t.start[a], t.end[b]);
            if (!Spans.anyOverlaps(unresolved, span)) {
                found.add(new Unresolved(span.of(t.text), span, "a world region, not one place"));
            }
            a = b;
        }
        unresolved.addAll(found);
    }

    /** True when the region closes a capitalised name with "of": "the Council of Europe", "Bank of Scandinavia". */
    private static boolean closesName(Tokens t, int a) {
        return a >= 2 && t.is(a - 1, "of") && t.gapIs(a - 1, " ") && t.gapIs(a - 2, " ") && t.capitalized(a - 2);
    }

    /** True when word {@code a} follows a possessive's "s" ("Russia's far east"). */
    private static boolean afterPossessive(Tokens t, int a) {
        // the gaps first: they allocate nothing, where folding the word before each word did
        return a >= 2 && t.gapIs(a - 1, " ") && (t.gapIs(a - 2, "'") || t.gapIs(a - 2, "\u2019"))
                && t.joined(a - 2) && t.is(a - 1, "s");
    }

    private static boolean anyCovered(boolean[] covered, int a, int b) {
        for (int k = a; k <= b; k++) {
            if (covered[k]) {
                return true;
            }
        }
        return false;
    }

    /** The world regions the candidates stand in ("Central Asia", "Iraqi Kurdistan"), once each, as unresolved. */
    private static List<Unresolved> worldRegions(Tokens t, List<Candidate> cands) {
        List<Unresolved> out = new ArrayList<>();
        for (Candidate c : cands) {
            if (c.regionFirst < 0 || closesName(t, c.regionFirst)) {
                continue; // "the Forum of East African Traders" names a body, no region
            }
            Span span = new Span(t.start[c.regionFirst], t.end[c.regionLast]);
            if (out.isEmpty() || !out.get(out.size() - 1).span().equals(span)) {
                out.add(new Unresolved(span.of(t.text), span,
                        CountryParts.REASON.equals(c.rejected) ? CountryParts.REASON : "a world region, not one place"));
            }
        }
        return out;
    }
}
