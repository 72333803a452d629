package org.attest.store;

import org.attest.internal.Validate;

/**
 * Which events to read. Every criterion is optional ({@code null} means any); criteria combine
 * with AND.
 *
 * <p>Dates are ISO text of any precision ({@code 2021}, {@code 2021-05}, {@code 2021-05-14})
 * and are compared on their common prefix, so that an event dated only {@code 2021-05} is
 * inside {@code from=2021-05-14} and inside {@code to=2021-05-02}: an event matches when the
 * period its date names overlaps the range. Events without a date never match a date bound.
 *
 * @param type      event type ("protest")
 * @param from      earliest date, inclusive
 * @param to        latest date, inclusive
 * @param country   ISO 3166-1 alpha-2 code of any of the event's places
 * @param admin1    first-order division name of any of the event's places (exact, as stored)
 * @param place     name or surface of any of the event's places (exact, case-insensitive;
 *                  ASCII-only folding on SQLite)
 * @param text      text the evidence contains (case-insensitive; ASCII-only folding on SQLite)
 * @param limit     most events to return, &gt; 0
 * @param offset    events to skip, &gt;= 0
 */
public record EventFilter(String type, String from, String to, String country, String admin1,
                          String place, String text, int limit, int offset) {
    /** The default page size. */
    public static final int DEFAULT_LIMIT = 100;

    public EventFilter {
        Validate.isTrue(limit > 0, "limit must be positive: %d", limit);
        Validate.isTrue(offset >= 0, "offset must not be negative: %d", offset);
        Validate.isTrue(from == null || isIsoPrefix(from), "from is not an ISO date: %s", from);
        Validate.isTrue(to == null || isIsoPrefix(to), "to is not an ISO date: %s", to);
    }

    /** Every event, first page. */
    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public EventFilter withType(String t) {
        return new EventFilter(t, from, to, country, admin1, place, text, limit, offset);
    }

    public EventFilter withDates(String f, String t) {
        return new EventFilter(type, f, t, country, admin1, place, text, limit, offset);
    }

    public EventFilter withArea(String c, String a) {
        return new EventFilter(type, from, to, c, a, place, text, limit, offset);
    }

    public EventFilter withPlace(String p) {
        return new EventFilter(type, from, to, country, admin1, p, text, limit, offset);
    }

    public EventFilter withText(String t) {
        return new EventFilter(type, from, to, country, admin1, place, t, limit, offset);
    }

    public EventFilter withPage(int l, int o) {
        return new EventFilter(type, from, to, country, admin1, place, text, l, o);
    }

    private static boolean isIsoPrefix(String s) {
        return s.matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
    }
}
