package org.attest.places;

import java.util.List;

/**
 * A stretch of words (tokens {@code first..last}) that may name a place, with everything the
 * lookups found for it. Working state of one geoparser run; never leaves the package.
 */
final class Candidate {
    final int first;
    final int last;
    final int[] entries;      // gazetteer entries (place * 4 + kind)
    final boolean skeletal;   // entries come from the skeleton index, not the exact one
    final List<Region> regions;
    String rejected;          // why a filter dropped it, or null
    String cueKind;           // "city" / "province" when a cue word announces it
    boolean listed;           // stands in a list of places
    boolean homeOnly;         // a common word read as a place because the text's country has one of that name
    boolean provinceAbroad;   // names only a province of a country the text is not about ("Kurdistan" in Iraq)
    boolean directionOnly;    // words of direction alone that name no province here ("the North West")
    int group = -1;           // which list
    boolean tallied;          // its list gives each member a count ("A (12), B (3)", "A with 97, B with 85")
    int regionFirst = -1;     // the words of the world region it stands in ("Central Asia"), when rejected as one
    int regionLast = -1;

    Candidate(int first, int last, int[] entries, boolean skeletal, List<Region> regions) {
        this.first = first;
        this.last = last;
        this.entries = entries;
        this.skeletal = skeletal;
        this.regions = regions;
    }

    int words() {
        return last - first + 1;
    }

    boolean alive() {
        return rejected == null;
    }

    /** True when one of its regions is a country: a loop, asked of every candidate by several passes (a stream cost more). */
    boolean namesCountry() {
        for (Region r : regions) {
            if (r.kind() == org.attest.model.PlaceKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }
}
