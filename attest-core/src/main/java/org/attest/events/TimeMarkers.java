package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A clause barrier that opens on a mere point of time: "registered his candidacy minutes before the
 * deadline in January", "filed the appeal ahead of the cutoff on Friday". A deadline is no event of its
 * own, so the date told with it bounds the act before it, which happened that day or month (ev3a).
 */
final class TimeMarkers {
    /** Nouns of a point of time that a barrier may name: "deadline", "cutoff". */
    private static final Set<String> NOUNS = WordSets.named("time-marker-nouns");

    private TimeMarkers() {
    }

    /** True when a time-marker noun stands between the barrier at token {@code barrier} and the date at token {@code first}. */
    static boolean between(int barrier, int first, List<Token> tokens) {
        for (int k = barrier + 1; k < first; k++) {
            if (NOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
