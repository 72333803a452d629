package org.attest.places;

import java.util.List;
import org.attest.gazetteer.NameKeys;
import org.attest.model.PlaceKind;

/**
 * Two provinces of one name that a compass point tells apart, written with the name once: "the
 * provinces of East and West Azerbaijan", "North and South Khorasan". The first compass word
 * alone is the province of that word and the shared name ("East" is East Azerbaijan here, not
 * Cameroon's East region); the second is found whole by the usual lookup. Immutable.
 */
final class EllipticalProvinces {
    /** Compass words that open provinces' names ({@code compass-words.txt}). */
    private static final WordSet COMPASS = WordSet.of(PlaceLexicon.lines("compass-words.txt"));
    /** Most words of the shared name: "Boyer-Ahmad" is one, "Kivu" one, "Darfur" one. */
    private static final int NAME_WORDS = 3;

    private final RegionIndex regions;

    EllipticalProvinces(RegionIndex regions) {
        this.regions = regions;
    }

    /**
     * The candidate of the compass word {@code i} when "and", another compass word and a name
     * follow it, one space apart, and the first compass word with that name is a province's name;
     * else null. The candidate spans the compass word alone and carries the provinces.
     */
    Candidate at(Tokens t, int i) {
        if (i + 3 >= t.size || !t.capitalized(i) || t.allCaps(i) || !COMPASS.has(t, i) || !t.gapIs(i, " ")
                || !t.is(i + 1, "and") || !t.gapIs(i + 1, " ") || !t.capitalized(i + 2) || !COMPASS.has(t, i + 2)
                || !t.gapIs(i + 2, " ") || !t.capitalized(i + 3)) {
            return null;
        }
        StringBuilder name = new StringBuilder(t.surface(i));
        List<Region> found = List.of();
        for (int w = i + 3; w < t.size && w < i + 3 + NAME_WORDS && t.capitalized(w); w++) {
            name.append(' ').append(t.surface(w));
            List<Region> provinces = regions.lookup(NameKeys.hash(NameKeys.exactKey(name.toString()))).stream()
                    .filter(r -> r.kind() == PlaceKind.PROVINCE).toList();
            if (!provinces.isEmpty()) {
                found = provinces;
            }
            if (!t.gapIs(w, " ")) {
                break;
            }
        }
        return found.isEmpty() ? null : new Candidate(i, i, new int[0], false, found);
    }
}
