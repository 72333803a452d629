package org.attest.places;

/** Whether the words before a division cue ("Kyi Tan village") may be a name the gazetteer lacks. */
final class UnknownNameWords {
    private UnknownNameWords() {}

    /**
     * True when the stretch is no unknown name: a non-place or organisation word in it, or words
     * that are all common words. "Kyi Tan village" is a name though "tan" is a common word; "the
     * Great Lakes region" and "the Bay district" are not names the gazetteer lacks.
     */
    static boolean known(Tokens t, PlaceLexicon lexicon, int from, int to) {
        boolean unknown = false;
        for (int w = from; w <= to; w++) {
            String f = t.folded(w);
            if (lexicon.notPlaces().contains(f) || lexicon.orgWords().contains(f)) {
                return true;
            }
            unknown |= !lexicon.commonWords().contains(f);
        }
        return !unknown;
    }
}
