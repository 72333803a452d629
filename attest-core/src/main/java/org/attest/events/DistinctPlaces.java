package org.attest.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attest.model.Event;
import org.attest.model.PlaceMention;

/**
 * Each event cites a place once: a sentence that names a town twice ("police in Kisumu ... the
 * centre of Kisumu") gives two mentions of one place, and the records, exports and map count
 * places, not mentions. The first mention stays, so the evidence still points at it.
 */
final class DistinctPlaces {
    private DistinctPlaces() {}

    static List<Event> of(List<PlaceMention> mentions, List<Event> events) {
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.places().size() < 2 ? e : withDistinct(mentions, e));
        }
        return out;
    }

    private static Event withDistinct(List<PlaceMention> mentions, Event e) {
        Set<Object> seen = new HashSet<>();
        List<Integer> kept = new ArrayList<>(e.places().size());
        for (int i : e.places()) {
            PlaceMention p = mentions.get(i);
            if (seen.add(p.geonameid() != null ? p.geonameid() : p.kind() + ":" + p.country() + ":" + p.name())) {
                kept.add(i);
            }
        }
        return kept.size() == e.places().size() ? e : new Event(e.type(), e.date(), e.datePrecision(), kept,
                e.quantities(), e.actors(), e.claimant(), e.span(), e.trigger());
    }
}
