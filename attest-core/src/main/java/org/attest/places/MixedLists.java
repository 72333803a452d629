package org.attest.places;

import java.util.Map;
import org.attest.gazetteer.Gazetteer;

/**
 * A list whose other members lie in several countries ("Boston, Perth and Toronto") names no
 * one country for a member whose name towns of several of those countries share, and the
 * document's focus, which those same members feed, ties too; a feature code (a county seat)
 * then decides. Such lists name towns of like rank, so the member is likelier the biggest of
 * its readings in the list's countries, when that reading is a large city that clearly
 * outnumbers the readings of the list's other countries. {@link LocalHints} records it.
 */
final class MixedLists {
    /** Less than a list's single country gives ({@link LocalHints#LIST_COUNTRY}): rank is a weaker sign. */
    static final double PEER = 2.5;
    /** How many times the biggest reading must outnumber the others: a close call stays with the old scores. */
    private static final int OUTNUMBERS = 2;

    private MixedLists() {
    }

    /**
     * The gazetteer place of the candidate's biggest reading in the countries of
     * {@code others} (members per country, the candidate left out), or -1 when its readings
     * there lie in one country only, or the biggest is no large city or no clear winner.
     */
    static int peerReading(Candidate c, Map<String, Integer> others, Gazetteer gazetteer) {
        int best = -1;
        long rival = 0; // the biggest reading in another of the list's countries
        for (int e : c.entries) {
            int p = Gazetteer.placeOf(e);
            String cc = gazetteer.country(p);
            if (others.getOrDefault(cc, 0) <= 0) {
                continue;
            }
            if (best < 0 || gazetteer.population(p) > gazetteer.population(best)) {
                if (best >= 0 && !gazetteer.country(best).equals(cc)) {
                    rival = Math.max(rival, gazetteer.population(best));
                }
                best = p;
            } else if (!cc.equals(gazetteer.country(best))) {
                rival = Math.max(rival, gazetteer.population(p));
            }
        }
        if (best < 0 || rival == 0) {
            return -1; // readings in one of the list's countries only: the other rules decide
        }
        long pop = gazetteer.population(best);
        return pop >= ProvinceTowns.LARGE_CITY && pop >= OUTNUMBERS * rival ? best : -1;
    }
}
