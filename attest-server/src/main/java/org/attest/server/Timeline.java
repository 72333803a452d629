package org.attest.server;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attest.model.DatePrecision;
import org.attest.store.Stats;

/**
 * Events per month, week or day, for the timeline. An event counts only in an interval at least
 * as coarse as its date: an event dated to a month is in the monthly bars, not the daily ones.
 */
enum Timeline {
    MONTH, WEEK, DAY;

    /** The interval a query names, or a 400 naming {@code interval}. */
    static Timeline of(String v) {
        if (v == null || v.isBlank()) {
            return MONTH;
        }
        return switch (v.strip()) {
            case "month" -> MONTH;
            case "week" -> WEEK;
            case "day" -> DAY;
            default -> throw ApiError.badRequest("interval: one of month, week, day; got '" + v + "'");
        };
    }

    String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * Counts per bucket key ({@code YYYY-MM}, or the {@code YYYY-MM-DD} of the week's Monday or
     * the day), in order, folded from the store's counts per date.
     */
    Map<String, Long> count(List<Stats.DateCount> byDate) {
        Map<String, Long> out = new TreeMap<>();
        for (Stats.DateCount d : byDate) {
            String key = key(d.date(), d.precision());
            if (key != null) {
                out.merge(key, d.events(), Long::sum);
            }
        }
        return out;
    }

    /** The bucket of a date, or null when it is too coarse (or missing) for this interval. */
    String key(String d, DatePrecision p) {
        if (d == null) {
            return null;
        }
        return switch (this) {
            case MONTH -> d.length() >= 7 ? d.substring(0, 7) : null;
            case WEEK -> p == DatePrecision.DAY || p == DatePrecision.WEEK ? monday(d) : null;
            case DAY -> p == DatePrecision.DAY && d.length() == 10 ? d : null;
        };
    }

    private static String monday(String d) {
        try {
            return LocalDate.parse(d.substring(0, 10)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        } catch (DateTimeParseException | IndexOutOfBoundsException e) {
            return null; // a malformed stored date is left out of the bars, not fatal to the query
        }
    }
}
