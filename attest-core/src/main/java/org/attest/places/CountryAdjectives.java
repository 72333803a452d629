package org.attest.places;

import java.util.Set;
import org.attest.gazetteer.NameKeys;

/**
 * Country aliases that are also the country's demonym ("Thai"): before a lower-case noun they
 * are adjectives ("the Thai border", "Thai police"), not a mention of the country.
 */
final class CountryAdjectives {
    private CountryAdjectives() {}

    /**
     * True when the one-word candidate is a demonym and an alias of its country, and a lower-case
     * word other than a speech verb follows it ("the Vatican said" names the country); a country
     * whose own name is its demonym ("Djibouti") is never an adjective here.
     */
    static boolean adjectival(Tokens t, Candidate c, RegionIndex regions, Set<String> speechVerbs) {
        int next = c.last + 1;
        if (c.words() != 1 || c.regions.isEmpty() || next >= t.size || !t.joined(c.last) || t.capitalized(next)
                || t.arabic(next) || t.digits(next) || !regions.isDemonym(t.folded(c.first))
                || speechVerbs.contains(t.folded(next))) {
            return false;
        }
        for (Region r : c.regions) {
            if (NameKeys.fold(r.name()).equals(t.folded(c.first))) {
                return false;
            }
        }
        return true;
    }
}
