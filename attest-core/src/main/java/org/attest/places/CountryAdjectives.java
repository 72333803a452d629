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
    static boolean adjectival(Tokens t, Candidate c, RegionIndex regions, WordSet speechVerbs) {
        int next = c.last + 1;
        if (c.words() != 1 || c.regions.isEmpty() || next >= t.size || !t.joined(c.last) || t.capitalized(next)
                || t.arabic(next) || t.digits(next) || !regions.isDemonym(t, c.first)
                || speechVerbs.has(t, next)) {
            return false;
        }
        for (Region r : c.regions) {
            if (NameKeys.fold(r.name()).equals(t.folded(c.first))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a lower-case "-ism" follows a country's name: "US imperialism" and "Chinese
     * expansionism" name a policy or a creed, the country being an adjective as "American" is in
     * "American imperialism", no mention of the place.
     */
    static boolean beforeIsm(Tokens t, Candidate c) {
        int next = c.last + 1;
        if (next >= t.size || !t.joined(c.last) || t.capitalized(next) || !t.folded(next).endsWith("ism")
                || t.folded(next).length() <= "ism".length() + 2) {
            return false;
        }
        return c.namesCountry();
    }

    /** Prefixes of a stance: "pro-" and "anti-" before a name make it an adjective. */
    private static final WordSet STANCES = WordSet.of("pro", "anti");

    /**
     * True when a stance prefix is hyphenated to the candidate: "pro-Tibet rallies" and
     * "anti-Russia slogans" say what people stood for or against, as "pro-Tibetan" would, not
     * where anything happened.
     */
    static boolean afterStance(Tokens t, Candidate c) {
        int before = c.first - 1;
        return before >= 0 && t.gapIs(before, "-") && !t.capitalized(before) && STANCES.has(t, before);
    }
}
