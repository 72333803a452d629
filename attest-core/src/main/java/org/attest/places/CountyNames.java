package org.attest.places;

import java.util.Set;

/**
 * Counties of the countries where a county is its own division, named apart from its towns
 * ({@code county-apart-countries.txt}): in a text about the United States, "Wayne County" and
 * "Kent and Ottawa counties" name counties, not the towns of Wayne or Kent, nor Ottawa in Canada.
 * Immutable and thread-safe.
 */
final class CountyNames {
    private CountyNames() {}

    /** Why a county's name is no place: the gap passes then leave it alone, too. */
    static final String REASON = "a county, which bears no town's name there";

    private static final Set<String> APART = Set.copyOf(PlaceLexicon.lines("county-apart-countries.txt"));

    /** Shares of the focus this close to the leading country's count as leading. */
    private static final double LEADING = 0.999;

    /**
     * True when the candidate carries a county cue and the text is most about a country whose
     * counties bear no town's name: the name is then a county's, and no place to report.
     */
    static boolean countyApart(Candidate c, Resolver.Focus focus) {
        if (!"county".equals(c.cueKind) || focus.max == 0) {
            return false;
        }
        for (String cc : APART) {
            if (focus.share(cc) >= LEADING) {
                return true;
            }
        }
        return false;
    }
}
