package org.attest.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.model.Event;

/**
 * Dates a source's count that its sentence leaves undated by the event it counts: "The medical
 * association put the death toll at 23" counts the deaths the report told, "a monitoring group
 * estimated the crowd at 300,000" the gathering, so the statement is of that event's day rather
 * than of the report's (the lexicon makes such counts statements: "put ... toll at", "estimated
 * ... crowd at"). One per document, filled in text order by {@link EventStage}; not thread-safe.
 */
final class CountStatements {
    private static final Set<String> DEATHS = WordSets.named("counted-deaths");
    private static final Set<String> CROWDS = WordSets.named("counted-crowds");
    private static final Set<String> CROWD_TYPES = WordSets.named("crowd-types");

    /** The latest date of a told event of each type, as the sentences that told them gave it. */
    private final Map<String, DatePass.Choice> lastTold = new HashMap<>();
    /** The latest told gathering's type, for a crowd count. */
    private String lastGathering;

    /**
     * Keeps the date of an event told in the body, unless one of its type told before is later: a
     * count is of the report's latest deaths or gathering, not of one a clause recalls ("the largest
     * protest since the protests of last November").
     */
    void remember(Event e) {
        DatePass.Choice kept = lastTold.get(e.type());
        if (e.date() == null || kept != null && kept.date().compareTo(e.date()) > 0) {
            return;
        }
        lastTold.put(e.type(), new DatePass.Choice(e.date(), e.datePrecision(), "counted-event"));
        if (CROWD_TYPES.contains(e.type())) {
            lastGathering = e.type();
        }
    }

    /**
     * The date of the event a statement of count counts, or null when the hit is no such count or
     * the report told no such event before.
     */
    DatePass.Choice dateOf(Hit h, List<Token> tokens) {
        if (!h.type().equals("statement") || h.trigger().form() != Trigger.Form.ACT) {
            return null;
        }
        for (int k = h.first(); k <= h.last(); k++) {
            String w = tokens.get(k).lower();
            if (DEATHS.contains(w)) {
                return lastTold.get("killing");
            }
            if (CROWDS.contains(w)) {
                return lastGathering == null ? null : lastTold.get(lastGathering);
            }
        }
        return null;
    }
}
