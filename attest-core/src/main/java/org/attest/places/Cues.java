package org.attest.places;

import java.util.List;

/**
 * Place cues around a candidate: "the city of X", "X province", "the towns of X and Y". A cue
 * says what kind of place a name is and lends it confidence.
 */
final class Cues {
    private final PlaceLexicon lexicon;

    Cues(PlaceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * "the towns of Nabatieh and Tyre", "the cities of Rasht, Lahijan and Astara": a plural cue
     * before the first name announces the names joined to it by commas and "and" too.
     */
    void chainPlural(Tokens t, List<Candidate> cands) {
        boolean open = false;
        for (int k = 0; k < cands.size(); k++) {
            Candidate c = cands.get(k);
            boolean plural = c.first >= 2 && t.folded(c.first - 1).equals("of") && t.joined(c.first - 1)
                    && t.joined(c.first - 2) && t.folded(c.first - 2).endsWith("s")
                    && lexicon.cueKind(t.folded(c.first - 2), true) != null;
            if (plural) {
                open = true;
                continue;
            }
            Candidate prev = k > 0 ? cands.get(k - 1) : null;
            String gap = prev == null ? "" : t.text.substring(t.end[prev.last], t.start[c.first]);
            if (open && c.cueKind == null && (gap.equals(", ") || gap.equals(" and ") || gap.equals(", and "))) {
                c.cueKind = prev.cueKind;
            } else {
                open = false;
            }
        }
    }

    /** The kind a cue word announces for the candidate ("city of X", "X province"), or null. */
    String of(Tokens t, Candidate c) {
        if (c.last + 1 < t.size && t.joined(c.last)) {
            String k = lexicon.cueKind(t.folded(c.last + 1), false);
            if (k != null) {
                return k;
            }
        }
        if (c.first >= 2 && t.folded(c.first - 1).equals("of") && t.joined(c.first - 1)) {
            String k = lexicon.cueKind(t.folded(c.first - 2), true);
            if (k != null) {
                return k;
            }
        }
        if (c.first >= 1 && t.joined(c.first - 1)) {
            return lexicon.cueKind(t.folded(c.first - 1), true);
        }
        return null;
    }
}
