package org.attest.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Universities named like a town: a text that names "Harlow University" goes on to write "at
 * Harlow", "Harlow officials" and "Harlow's president" for the university. Once a town's name
 * opens a university's or a college's name, its other mentions are the school's too, unless a
 * preposition of place ("in Harlow") or a list of places makes them the town.
 */
final class Campuses {
    private static final WordSet SCHOOL_WORDS = WordSet.of("university", "college");
    /** Why a candidate is dropped. */
    static final String SCHOOL = "organisation name (the text names a university after it)";

    private Campuses() {}

    /** Rejects the one-word towns, with no cue and no region, whose name the text gives a university. */
    static void reject(Tokens t, List<Candidate> cands) {
        Set<String> schools = new HashSet<>();
        for (Candidate c : cands) {
            if (townWord(c) && school(t, c.last + 1) && t.joined(c.last)) {
                schools.add(t.folded(c.first));
            }
        }
        if (schools.isEmpty()) {
            return;
        }
        for (Candidate c : cands) {
            if (c.alive() && townWord(c) && !c.listed && schools.contains(t.folded(c.first))
                    && !inTown(t, c.first)) {
                c.rejected = SCHOOL;
            }
        }
    }

    /** Prepositions that put what follows in a town: "at Harlow" or "from Harlow" is as often the school. */
    private static final WordSet IN_TOWN = WordSet.of("in", "near", "outside", "across", "around");

    /** True when word {@code w} follows a preposition of {@link #IN_TOWN}: "in Harlow". */
    private static boolean inTown(Tokens t, int w) {
        return w > 0 && t.joined(w - 1) && IN_TOWN.has(t, w - 1);
    }

    /** True when word {@code w} is a capitalised "University" or "College". */
    private static boolean school(Tokens t, int w) {
        return w < t.size && t.capitalized(w) && SCHOOL_WORDS.has(t, w);
    }

    private static boolean townWord(Candidate c) {
        return c.words() == 1 && c.cueKind == null && c.regions.isEmpty();
    }
}
