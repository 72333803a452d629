package org.attest.places;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attest.gazetteer.Gazetteer;

/**
 * Which countries a document is about, as a weight per country: the countries it names, its
 * provinces' and towns' countries (a town only by its own name and when no rival town of that
 * name lies elsewhere), and, when it names no country, the demonyms it uses ("Syrian forces").
 */
final class CountryFocus {
    /** What a demonym adds to its country's focus in a report that names no country; a name adds 3. */
    private static final double DEMONYM_WEIGHT = 1.5;

    private final Gazetteer gazetteer;
    private final RegionIndex regions;
    private final PlaceLexicon lexicon;
    private final ProvinceTowns towns;

    CountryFocus(Gazetteer gazetteer, RegionIndex regions, PlaceLexicon lexicon, ProvinceTowns towns) {
        this.gazetteer = gazetteer;
        this.regions = regions;
        this.lexicon = lexicon;
        this.towns = towns;
    }

    Resolver.Focus of(Tokens t, List<Candidate> cands) {
        Resolver.Focus focus = new Resolver.Focus();
        boolean countryNamed = false;
        for (Candidate c : cands) {
            // "north-east Syria" is no mention of Syria as a whole, but says what the text is about
            if (!c.alive() && !CountryParts.REASON.equals(c.rejected)) {
                continue;
            }
            Region country = Geoparser.country(c);
            if (country != null) {
                focus.add(country.country(), 3);
                countryNamed = true;
            } else if (!c.regions.isEmpty()) {
                Set<String> ccs = new HashSet<>();
                c.regions.forEach(r -> ccs.add(r.country()));
                for (String cc : ccs) {
                    focus.add(cc, 0.5 / ccs.size());
                    if (c.cueKind == null) {
                        // the name's own: "Oto Rivera" alone makes no text about Uruguay ("the
                        // city of Ilam" is a province's and a town's name in one country, which
                        // says more)
                        focus.addOwn(t, c, cc, 0.5 / ccs.size());
                    }
                }
            } else if (focusTown(c)) {
                int p = biggest(c.entries);
                double w = townWeight(t, c, p);
                if (w > 0) {
                    focus.add(gazetteer.country(p), w);
                    focus.addOwn(t, c, gazetteer.country(p), w);
                }
            }
        }
        // a report that names no country may still say whose it is: "Syrian forces fired"
        if (!countryNamed) {
            for (int i = 0; i < t.size; i++) {
                String cc = t.capitalized(i) ? regions.demonymCountry(t.folded(i)) : null;
                if (cc != null) {
                    focus.add(cc, DEMONYM_WEIGHT);
                }
            }
        }
        return focus;
    }

    /**
     * What a town candidate adds to the focus on the country of its biggest reading {@code p}: a
     * hamlet that shares a word's spelling should not pull the document abroad, nor should a town
     * that only another language's alternate name matches ("Khan" for Haan): repeated, it would
     * make itself the focus.
     */
    private double townWeight(Tokens t, Candidate c, int p) {
        boolean ownName = Gazetteer.kindOf(Geoparser.entryOf(c, p)) == Gazetteer.PRIMARY || ownScript(t, c, p);
        if (!ownName || towns.hasRivalOutside(c, p)) {
            return 0; // "Tripoli" of Libya and of Lebanon says nothing of which the text is about
        }
        return gazetteer.population(p) >= 10_000 ? 1 : 0.2;
    }

    /** True when an Arabic-script text names a town of a country that writes that script: "تهران" is Tehran's own name. */
    boolean ownScript(Tokens t, Candidate c, int p) {
        return t.arabic(c.first) && lexicon.arabicScriptCountries().contains(gazetteer.country(p));
    }

    /** True when the candidate counts in {@link #of} as a town. */
    private static boolean focusTown(Candidate c) {
        return c.alive() && Geoparser.country(c) == null && c.regions.isEmpty() && !c.skeletal && c.entries.length > 0;
    }

    private int biggest(int[] entries) {
        int best = Gazetteer.placeOf(entries[0]);
        for (int e : entries) {
            int p = Gazetteer.placeOf(e);
            if (Gazetteer.kindOf(e) == Gazetteer.PRIMARY && gazetteer.population(p) > gazetteer.population(best)) {
                best = p;
            }
        }
        return best;
    }
}
