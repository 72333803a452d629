package org.attest.places;

/**
 * What a word of the text is, for {@link GapPass}: a place preposition or a sentence-opening "In"
 * that cues the name after it, or a word (common, non-place, organisation, demonym, compass
 * qualifier) that makes a stretch no unknown place name.
 */
final class GapWords {
    private final Geoparser parser;
    private final Tokens t;

    GapWords(Geoparser parser, Tokens t) {
        this.parser = parser;
        this.t = t;
    }

    /** True when word {@code w} is a sentence's opening "In" right before the next word: "In Naivasha and Gilgil, ...". */
    boolean sentenceOpeningIn(int w) {
        return w >= 0 && t.joined(w) && t.is(w, "in") && t.sentenceInitial(w);
    }

    /** True when word {@code w} is "in", "near", "from" or "at" right before the next word. */
    boolean placePreposition(int w) {
        return w >= 0 && t.joined(w) && !t.capitalized(w) && LocalHints.PLACE_PREPOSITIONS.has(t, w);
    }

    /** True when a word of the stretch is a demonym or a compass qualifier: "the Kurdish region", "the Northern region". */
    boolean notName(int from, int to) {
        for (int w = from; w <= to; w++) {
            if (parser.regions.isDemonym(t, w) || parser.lexicon.nameQualifiers().has(t, w)) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of the stretch is a common, a non-place or an organisation word ("Parliament"). */
    boolean anyListed(int from, int to) {
        for (int w = from; w <= to; w++) {
            if (parser.lexicon.commonWords().has(t, w) || parser.lexicon.notPlaces().has(t, w)
                    || parser.lexicon.orgWords().has(t, w)) {
                return true;
            }
        }
        return false;
    }
}
