package org.attest.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.DatePrecision;

/**
 * Event counts for a filter (its limit, offset and order are ignored).
 *
 * @param events  events that match
 * @param byMonth events per {@code YYYY-MM}, in month order; events dated to a year only or
 *                undated are not in it
 * @param byType  events per type, most frequent first
 * @param byArea  events per (country, admin1) of their places, most frequent first; an event
 *                with places in two provinces counts in both, one without a province in none
 * @param byDate  events per stored date and precision, in date order, undated events left out:
 *                what a timeline at any interval is folded from
 */
public record Stats(long events, Map<String, Long> byMonth, Map<String, Long> byType, List<AreaCount> byArea,
                    List<DateCount> byDate) {
    public Stats {
        byMonth = Collections.unmodifiableMap(new LinkedHashMap<>(byMonth));
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
        byArea = List.copyOf(byArea);
        byDate = List.copyOf(byDate);
    }

    /** Events in one first-order division. */
    public record AreaCount(String country, String admin1, long events) {
    }

    /**
     * Events with one stored date and precision.
     *
     * @param date      ISO text to its precision ({@code 2021}, {@code 2021-05}, {@code 2021-05-14})
     * @param precision how exact the date is; a week is stored as one of its days
     * @param events    how many events
     */
    public record DateCount(String date, DatePrecision precision, long events) {
    }
}
