package org.attest.places;

/**
 * Whether a one-word name goes on into a longer capitalised name ("Chaco Serrano", "Terres du
 * Vallon"): then it is that name's first word, not a town by itself, where the town is small and
 * abroad ({@link Geoparser} asks).
 */
final class LongerNames {
    private LongerNames() {}

    /**
     * True when a one-word candidate is followed by a capitalised word that is no place cue,
     * organisation word or word in capitals, or by a name particle and a capitalised word.
     */
    static boolean opensLongerName(Tokens t, Candidate c, PlaceLexicon lexicon) {
        int after = c.last + 1;
        if (c.words() != 1 || after >= t.size || !t.joined(c.last)) {
            return false;
        }
        if (after + 1 < t.size && !t.capitalized(after) && lexicon.nameParticles().has(t, after)
                && t.joined(after) && t.capitalized(after + 1)) {
            return true;
        }
        String next = t.folded(after);
        return t.capitalized(after) && !t.allCaps(after) && lexicon.cueKind(next, false) == null
                && !lexicon.orgWords().contains(next);
    }
}
