package org.attest.places;

/**
 * A country whose name is also an English given name ("Israel", "Chad", "Georgia"), written
 * right before a surname: "Israel Katz said", "Chad Mitchell, a lawyer, ...". The two words are
 * a person's name, no mention of the country. The word after must be one no other rule reads:
 * not a place the indexes know ("Israel Gaza war"), nor a common, organisation, title, cue,
 * street or facility word ("Israel Police", "Georgia Tech" stay with their rules), nor a
 * demonym. Stateless.
 */
final class CountryGivenNames {
    private CountryGivenNames() {}

    /**
     * True when the one-word country candidate is a given name before a surname; {@code known}
     * marks the words of the candidates the indexes know as places (a region, or a name GeoNames
     * spells that is no common word).
     */
    static boolean beforeSurname(Tokens t, Candidate c, PlaceLexicon lexicon, RegionIndex regions, boolean[] known) {
        int next = c.last + 1;
        if (c.words() != 1 || next >= t.size || !t.gapIs(c.last, " ") || !t.capitalized(next) || t.allCaps(next)
                || known[next] || t.digits(next) || !c.namesCountry() || !lexicon.givenNames().has(t, c.first)) {
            return false;
        }
        String w = t.folded(next);
        return !lexicon.commonWords().contains(w) && !lexicon.orgWords().contains(w) && !lexicon.titles().contains(w)
                && !lexicon.notPlaces().contains(w) && !lexicon.streetWords().contains(w)
                && !lexicon.facilityWords().contains(w) && !regions.isDemonym(w)
                && lexicon.cueKind(w, true) == null && lexicon.cueKind(w, false) == null;
    }
}
