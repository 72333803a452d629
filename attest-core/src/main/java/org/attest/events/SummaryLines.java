package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import org.attest.model.Event;

/**
 * Drops an event found in a heading or caption when the body says the same: a heading, caption
 * or related-story line ("Activists call for a boycott") often sums up the paragraph beside it,
 * and the body sentence, with its details, is the report. An event from such a line is kept only
 * when neither the nearest body paragraph before it nor the nearest after it holds an event of
 * its type; a caption that tells of something the body does not is an event of its own.
 */
final class SummaryLines {
    /** An event with the paragraph it came from and whether that line is a heading or caption. */
    record Placed(Event event, int paragraph, boolean summary) {}

    private SummaryLines() {}

    /**
     * The events to keep, in the order given.
     *
     * @param placed the document's events with their paragraphs
     * @param body   the paragraphs that hold at least one body sentence (neither heading nor caption)
     */
    static List<Event> resolve(List<Placed> placed, NavigableSet<Integer> body) {
        Map<Integer, Set<String>> bodyTypes = new HashMap<>();
        for (Placed p : placed) {
            if (!p.summary()) {
                bodyTypes.computeIfAbsent(p.paragraph(), k -> new HashSet<>()).add(p.event().type());
            }
        }
        List<Event> out = new ArrayList<>(placed.size());
        for (Placed p : placed) {
            String type = p.event().type();
            boolean repeated = p.summary()
                    && (has(bodyTypes, body.lower(p.paragraph()), type) || has(bodyTypes, body.higher(p.paragraph()), type));
            if (!repeated) {
                out.add(p.event());
            }
        }
        return out;
    }

    private static boolean has(Map<Integer, Set<String>> bodyTypes, Integer paragraph, String type) {
        return paragraph != null && bodyTypes.getOrDefault(paragraph, Set.of()).contains(type);
    }
}
