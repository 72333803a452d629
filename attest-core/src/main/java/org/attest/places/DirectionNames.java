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

    /** Adjectives of direction: "Northern", "South-western" ({@code direction-adjectives.txt}). */
    private static final WordSet ADJECTIVES = WordSet.of(PlaceLexicon.lines("direction-adjectives.txt"));

    /**
     * True when the candidate is one adjective of direction right before a plural place cue, and no
     * other name joins it by "and" or a comma: "Northern provinces" says where in a country, not
     * Bahrain's Northern governorate; "the Northern and Eastern provinces" still name two.
     */
    static boolean beforePluralCue(Tokens t, Candidate c, PlaceLexicon lexicon) {
        int cue = c.last + 1;
        if (c.words() != 1 || cue >= t.size || !t.gapIs(c.last, " ") || !ADJECTIVES.has(t, c.first)) {
            return false;
        }
        String word = t.folded(cue);
        boolean pluralCue = word.endsWith("s") && (lexicon.cueKind(word, false) != null || lexicon.cueKind(word, true) != null);
        int before = c.first - 1;
        boolean joinedToName = before >= 0 && (t.is(before, "and") || t.gapAfter(before).startsWith(","));
        return pluralCue && !joinedToName;
    }

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
