package org.attest.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Span;

/**
 * The country a local report is set in, named only by its demonym: a Galway report's "any Irish
 * hospital", a Seoul report's "South Korean investigators". The towns place the report in the
 * country and the adjective says so; the country is then a place the report names. A demonym of
 * another country ("Israeli flags" in a Madison report) stays an adjective.
 */
final class HomeDemonym {
    private HomeDemonym() {}

    /** Towns and provinces of one country a report needs before its demonym names that country. */
    private static final int MIN_LOCAL = 2;
    /** Words a demonym may have ("South Korean"). */
    private static final int DEMONYM_WORDS = 2;

    /**
     * The country mention the first demonym of the report's home country gives, or null: when the
     * mentions name no country, or the home country by name, or when the towns and provinces do
     * not all lie in one country. A demonym before a word for a town or a division ("the southern
     * Syrian city", "a Russian region") places that town, and one before a capitalised word opens a
     * name ("the Syrian Observatory"): neither names the country as a place.
     */
    static PlaceMention of(Tokens t, List<PlaceMention> out, RegionIndex regions, WordSet cuesAfter) {
        Map<String, Integer> local = new HashMap<>();
        for (PlaceMention m : out) {
            if (m.kind() == PlaceKind.COUNTRY) {
                return null; // a report that names a country by name is left to its names
            }
            if (m.country() != null) {
                local.merge(m.country(), 1, Integer::sum);
            }
        }
        if (local.size() != 1) {
            return null;
        }
        String home = local.keySet().iterator().next();
        if (local.get(home) < MIN_LOCAL) {
            return null;
        }
        for (int i = 0; i < t.size; i++) {
            if (!t.capitalized(i)) {
                continue;
            }
            String folded = t.folded(i);
            for (int n = 1; n <= DEMONYM_WORDS && i + n <= t.size; n++) {
                if (n > 1) {
                    if (!t.gapIs(i + n - 2, " ") || !t.capitalized(i + n - 1)) {
                        break;
                    }
                    folded = folded + " " + t.folded(i + n - 1);
                }
                if (home.equals(regions.demonymCountry(folded)) && !beforeCueOrName(t, i + n - 1, cuesAfter)) {
                    Span span = new Span(t.start[i], t.end[i + n - 1]);
                    return new PlaceMention(span.of(t.text), span, null, regions.countryName(home), PlaceKind.COUNTRY,
                            home, null, null, null, 0.8, "home-demonym");
                }
            }
        }
        return null;
    }

    /**
     * True when the demonym ending at word {@code w} is no adjective of a common noun: a cue word
     * for a town or division follows ({@code cuesAfter}: "the southern Syrian city"), or a
     * capitalised word that carries a name on ("the Syrian Observatory for Human Rights").
     */
    private static boolean beforeCueOrName(Tokens t, int w, WordSet cuesAfter) {
        return w + 1 < t.size && t.gapIs(w, " ") && (cuesAfter.has(t, w + 1) || t.capitalized(w + 1));
    }
}
