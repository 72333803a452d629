package org.attest.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;

/**
 * Where the town mentions of a list start and end, counted by offset: "does a town end right
 * before this word, or start right after it?" asked for every candidate of a text, where reading
 * every mention per candidate grew with the square of the text's length. The owner tells it of a
 * town mention it replaces ({@link #removed}). Not thread-safe.
 */
final class CityEdges {
    private final Map<Integer, Integer> starts = new HashMap<>();
    private final Map<Integer, Integer> ends = new HashMap<>();

    /** @param mentions the mentions as they are now; later changes come through {@link #removed} */
    CityEdges(List<PlaceMention> mentions) {
        for (PlaceMention m : mentions) {
            if (m.kind() == PlaceKind.CITY) {
                starts.merge(m.span().start(), 1, Integer::sum);
                ends.merge(m.span().end(), 1, Integer::sum);
            }
        }
    }

    /** True when a town mention starts at {@code offset}. */
    boolean startsAt(int offset) {
        return starts.containsKey(offset);
    }

    /** True when a town mention ends at {@code offset}. */
    boolean endsAt(int offset) {
        return ends.containsKey(offset);
    }

    /** Forgets town mention {@code m}, replaced in the list by a mention of another kind. */
    void removed(PlaceMention m) {
        if (m.kind() == PlaceKind.CITY) {
            starts.computeIfPresent(m.span().start(), (k, n) -> n == 1 ? null : n - 1);
            ends.computeIfPresent(m.span().end(), (k, n) -> n == 1 ? null : n - 1);
        }
    }
}
