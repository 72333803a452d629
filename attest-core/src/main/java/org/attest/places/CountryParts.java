package org.attest.places;

import java.util.List;

/**
 * A part of a country named by a word of direction before the country's name ("in north-east
 * Syria", "across northern Iraq", "southern China's factories"): the words name a region of the
 * country, not the country as a whole, and are reported as an unresolved region, as "Iraqi
 * Kurdistan" is. The country's candidate is rejected; the country is still found where the text
 * names it alone. A name that opens with the word ("South Sudan", "North Macedonia", "Northern
 * Ireland") is one candidate of its own and never meets this rule.
 */
final class CountryParts {
    /** Why the country's candidate is rejected; {@link UnplacedRegions} reports the words as a region. */
    static final String REASON = "a part of a country named by direction";

    /** Words of direction that say where in a country: "northern", "north-east", "southwestern". */
    private static final WordSet DIRECTIONS = WordSet.of(PlaceLexicon.lines("country-part-words.txt"));
    /** The second halves of "north-east", "south-western": hyphenated after north or south. */
    private static final WordSet SECOND_HALVES = WordSet.of("east", "west", "eastern", "western");
    private static final WordSet FIRST_HALVES = WordSet.of("north", "south");

    private CountryParts() {}

    /** Rejects each live country candidate that a word of direction opens, and any candidate inside that word. */
    static void reject(Tokens t, List<Candidate> cands) {
        for (Candidate c : cands) {
            if (!c.alive() || !c.namesCountry()) {
                continue;
            }
            int from = directionBefore(t, c.first);
            if (from < 0) {
                continue;
            }
            c.rejected = REASON;
            c.regionFirst = from;
            c.regionLast = c.last;
            for (Candidate d : cands) {
                if (d != c && d.alive() && d.first >= from && d.last < c.first) {
                    d.rejected = "a word of direction before a country"; // "Northern" of Ghana's Northern Region
                }
            }
        }
    }

    /** The first word of the direction right before word {@code f} ("north" of "north-east Syria"), or -1. */
    static int directionBefore(Tokens t, int f) {
        int k = f - 1;
        if (k < 0 || !t.gapIs(k, " ") || !DIRECTIONS.has(t, k)) {
            return -1;
        }
        if (k > 0 && SECOND_HALVES.has(t, k) && t.gapIs(k - 1, "-") && FIRST_HALVES.has(t, k - 1)) {
            return k - 1;
        }
        return k;
    }
}
