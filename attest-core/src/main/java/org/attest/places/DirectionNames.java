package org.attest.places;

/**
 * Regions named by direction alone ("the North West"), which are no towns: GeoNames has West,
 * Texas and Northwest, North Carolina, but a report's "West and North West" means where in its country.
 */
final class DirectionNames {
    private DirectionNames() {}

    /** The four directions and the four between them: what a region named by direction is made of. */
    private static final WordSet DIRECTIONS = WordSet.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest");

    /**
     * True when the candidate is one or two words of direction and nothing else, with no cue:
     * "the HSE West and North West region", "across the North West" say where in a country, not
     * the towns of West, Texas or Northwest, North Carolina. "Central" is left out: Hong Kong's
     * Central is a place of that name.
     */
    static boolean directionOnly(Tokens t, Candidate c) {
        if (c.words() > 2 || c.cueKind != null) {
            return false;
        }
        for (int w = c.first; w <= c.last; w++) {
            if (!DIRECTIONS.has(t, w) || w > c.first && !t.gapIs(w - 1, " ")) {
                return false;
            }
        }
        return true;
    }
}
