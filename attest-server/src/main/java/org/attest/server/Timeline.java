package org.attest.server;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
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
        // the store lists dates in order, so runs of dates share a bucket: each run is summed
        // here and enters the map once (a million events span some ten thousand dates)
        String run = null;
        long n = 0;
        for (Stats.DateCount d : byDate) {
            String key = key(d.date(), d.precision());
            if (key == null) {
                continue;
            }
            if (!key.equals(run)) {
                if (run != null) {
                    out.merge(run, n, Long::sum);
                }
                run = key;
                n = 0;
            }
            n += d.events();
        }
        if (run != null) {
            out.merge(run, n, Long::sum);
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
        // the fields by position: the date formatter's parse cost more than all the rest of the fold
        if (d.length() < 10 || d.charAt(4) != '-' || d.charAt(7) != '-' || !digits(d, 0, 4) || !digits(d, 5, 7)
                || !digits(d, 8, 10)) {
            return null; // a malformed stored date is left out of the bars, not fatal to the query
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(d, 0, 4, 10), Integer.parseInt(d, 5, 7, 10),
                    Integer.parseInt(d, 8, 10, 10));
            int back = day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
            return back == 0 && d.length() == 10 ? d : day.minusDays(back).toString();
        } catch (DateTimeException e) {
            return null; // no such day (2023-02-30)
        }
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
