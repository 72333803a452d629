package org.attest.places;

import org.attest.gazetteer.Gazetteer;

/**
 * "The Pingshan district of Shenzhen": a name that several towns of one country bear is, as a part
 * of a town, the one of them that lies in or right beside that town, however much larger another
 * is. {@link LocalHints} records the reading under {@link #key}; {@link Resolver} adds its bonus.
 */
final class NearestPart {
    /** Farthest a part of a town lies from the town's point, in km: a district of a large city. */
    static final double PART_KM = 50;

    private NearestPart() {}

    /** The key of a bonus for one gazetteer place in a {@link LocalHints} map. */
    static String key(int place) {
        return "#" + place;
    }

    /**
     * The place among the part's entries nearest to the whole's largest reading, when it lies
     * within {@link #PART_KM} of it and the part has other readings; -1 otherwise.
     */
    static int of(Candidate part, Candidate whole, Gazetteer gazetteer) {
        if (part.entries.length < 2 || whole.entries.length == 0) {
            return -1;
        }
        int anchor = Gazetteer.placeOf(whole.entries[0]);
        for (int e : whole.entries) {
            if (gazetteer.population(Gazetteer.placeOf(e)) > gazetteer.population(anchor)) {
                anchor = Gazetteer.placeOf(e);
            }
        }
        int best = -1;
        double bestKm = PART_KM;
        for (int e : part.entries) {
            int p = Gazetteer.placeOf(e);
            double km = Resolver.km(gazetteer.lat(anchor), gazetteer.lon(anchor), gazetteer.lat(p), gazetteer.lon(p));
            if (km < bestKm) {
                bestKm = km;
                best = p;
            }
        }
        return best;
    }
}
