package org.attest.store;

import java.util.List;
import java.util.Map;

/**
 * Event counts for a filter (its limit and offset are ignored).
 *
 * @param events  events that match
 * @param byMonth events per {@code YYYY-MM}, in month order; events dated to a year only or
 *                undated are not in it
 * @param byType  events per type, most frequent first
 * @param byArea  events per (country, admin1) of their places, most frequent first; an event
 *                with places in two provinces counts in both, one without a province in none
 */
public record Stats(long events, Map<String, Long> byMonth, Map<String, Long> byType, List<AreaCount> byArea) {
    public Stats {
        byMonth = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byMonth));
        byType = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byType));
        byArea = List.copyOf(byArea);
    }

    /** Events in one first-order division. */
    public record AreaCount(String country, String admin1, long events) {
    }
}
