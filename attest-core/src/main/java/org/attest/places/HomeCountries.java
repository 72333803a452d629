package org.attest.places;

import org.attest.gazetteer.Gazetteer;

/**
 * The countries a text is mostly about, by the document's focus: whether they hold a candidate,
 * and which gazetteer entries they hold.
 */
final class HomeCountries {
    /** Share of the document's focus from which a country is one the text is about. */
    private static final double HOME = 0.5;

    private final Gazetteer gazetteer;

    HomeCountries(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A country the text is mostly about holds one of the candidate's towns or provinces. */
    boolean hold(Candidate c, Resolver.Focus focus) {
        for (Region r : c.regions) {
            if (focus.share(r.country()) >= HOME) {
                return true;
            }
        }
        for (int e : c.entries) {
            if (focus.share(gazetteer.country(Gazetteer.placeOf(e))) >= HOME) {
                return true;
            }
        }
        return false;
    }

    /**
     * A country the text is mostly about holds one of the candidate's provinces, or a town by its
     * own name: "Bar" is only an alternate name of a town of Massachusetts, so a US report's "Bar
     * Association" names no town there.
     */
    boolean holdByOwnName(Candidate c, Resolver.Focus focus) {
        for (Region r : c.regions) {
            if (focus.share(r.country()) >= HOME) {
                return true;
            }
        }
        for (int e : c.entries) {
            if (Gazetteer.kindOf(e) == Gazetteer.PRIMARY && focus.share(gazetteer.country(Gazetteer.placeOf(e))) >= HOME) {
                return true;
            }
        }
        return false;
    }

    /** The entries in countries the text is mostly about, or all of them when none is. */
    int[] entriesIn(int[] entries, Resolver.Focus focus) {
        int[] home = java.util.Arrays.stream(entries)
                .filter(e -> focus.share(gazetteer.country(Gazetteer.placeOf(e))) >= HOME).toArray();
        return home.length > 0 ? home : entries;
    }
}
