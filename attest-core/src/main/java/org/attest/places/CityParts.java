package org.attest.places;

import java.util.List;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/**
 * "within Colombo North, Colombo South and Nugegoda", "protesters marched in Central Jakarta": a
 * word of direction joined to a city's name names a part of the city (a police division, an
 * administrative city) that the gazetteer lacks. The city stays a mention; the part is reported
 * unresolved under its whole name, so that it is no town called Central or North Governorate
 * and is not lost either.
 */
final class CityParts {
    /** The rejection {@link ContextPass} gives a word of direction joined to a place's name. */
    static final String REASON = "part of a city's named part";

    private CityParts() {
    }

    /**
     * True when a capitalised word of direction follows the candidate after one space: "Omdurman,
     * Khartoum North and Atbara" names a part of the city, so "Khartoum" there qualifies no town
     * before it as its province would ("Omdurman, Khartoum").
     */
    static boolean directionAfter(Tokens t, Candidate c) {
        int w = c.last + 1;
        return w < t.size && t.gapIs(c.last, " ") && t.capitalized(w) && !t.allCaps(w) && NameParts.COMPASS.has(t, w);
    }

    /** Adds to {@code unresolved} each city's part a rejected word of direction and a city mention make. */
    static void report(Tokens t, List<Candidate> cands, List<PlaceMention> out, List<Unresolved> unresolved) {
        for (Candidate c : cands) {
            if (!REASON.equals(c.rejected)) {
                continue;
            }
            int start = t.start[c.first];
            int end = t.end[c.last];
            PlaceMention city = null;
            for (PlaceMention m : out) {
                if (m.kind() != PlaceKind.CITY) {
                    continue;
                }
                if (m.span().end() + 1 == start || end + 1 == m.span().start()) {
                    city = m;
                }
            }
            if (city == null) {
                continue;
            }
            Span span = new Span(Math.min(start, city.span().start()), Math.max(end, city.span().end()));
            if (unresolved.stream().noneMatch(u -> u.span().equals(span))) {
                unresolved.add(new Unresolved(span.of(t.text), span, "a named part of " + city.name()));
            }
        }
    }
}
