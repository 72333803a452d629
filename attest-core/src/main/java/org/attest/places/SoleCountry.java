package org.attest.places;

import org.attest.gazetteer.Gazetteer;
import org.attest.model.PlaceKind;

/**
 * The one country a candidate stands for, when it stands for one beyond doubt: {@link LocalHints}
 * reads the countries of a list's members and of the town a part is named in through it.
 */
final class SoleCountry {
    private SoleCountry() {
    }

    /**
     * The one country a list member stands for: the country it names, or the country of the
     * biggest town of its name when that town outnumbers every other reading ten to one; else null.
     */
    static String of(Candidate c, Gazetteer gazetteer) {
        for (Region r : c.regions) {
            if (r.kind() == PlaceKind.COUNTRY) {
                return r.country();
            }
        }
        // a province: its country, unless provinces of several countries bear the name ("Bolivar")
        String province = c.regions.isEmpty() ? null : c.regions.get(0).country();
        for (Region r : c.regions) {
            if (!r.country().equals(province)) {
                return null;
            }
        }
        if (c.entries.length == 0) {
            return province;
        }
        int best = -1;
        long second = 0;
        for (int e : c.entries) {
            int p = Gazetteer.placeOf(e);
            if (best < 0 || gazetteer.population(p) > gazetteer.population(best)) {
                if (best >= 0 && !gazetteer.country(best).equals(gazetteer.country(p))) {
                    second = Math.max(second, gazetteer.population(best));
                }
                best = p;
            } else if (!gazetteer.country(p).equals(gazetteer.country(best))) {
                second = Math.max(second, gazetteer.population(p));
            }
        }
        String town = gazetteer.population(best) >= 10 * Math.max(second, 1) ? gazetteer.country(best) : null;
        // "Ontario" is a province of Canada and a town of California: a name of both says nothing
        return province == null || province.equals(town) ? town : null;
    }
}
