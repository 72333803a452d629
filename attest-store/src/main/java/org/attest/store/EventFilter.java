package org.attest.store;

import java.util.regex.Pattern;
import org.attest.internal.Validate;

/**
 * Which events to read, and in which order. Every criterion is optional ({@code null} means
 * any); criteria combine with AND.
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
 * @param source    the reporting document's site or location (exact)
 * @param check     kind of a consistency check found in the reporting document ("claimed_vs_listed")
 * @param bbox      an area any of the event's places with coordinates lies in
 * @param geonameid GeoNames id of any of the event's places
 * @param sort      the order of a page ({@link Sort#DATE} when null)
 * @param limit     most events to return, &gt; 0
 * @param offset    events to skip, &gt;= 0
 */
public record EventFilter(String type, String from, String to, String country, String admin1,
                          String place, String text, String source, String check, BBox bbox, Long geonameid,
                          Sort sort, int limit, int offset) {
    /** Compiled once: every derived filter (a page, a cache key) checks its dates again. */
    private static final Pattern ISO_PREFIX = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** The default page size. */
    public static final int DEFAULT_LIMIT = 100;

    /** The order of {@link Store#events(EventFilter)}. */
    public enum Sort {
        /** Oldest first, undated last, then by id. */
        DATE,
        /** Newest first, undated last, then by id descending. */
        DATE_DESC,
        /** By id: the order events were stored in. */
        ID
    }

    /**
     * A longitude/latitude box in degrees, edges included. A box whose {@code minLon} exceeds
     * its {@code maxLon} crosses the antimeridian.
     */
    public record BBox(double minLon, double minLat, double maxLon, double maxLat) {
        public BBox {
            Validate.isTrue(minLon >= -180 && minLon <= 180 && maxLon >= -180 && maxLon <= 180,
                    "bbox longitudes must lie in [-180, 180]: %s, %s", minLon, maxLon);
            Validate.isTrue(minLat >= -90 && maxLat <= 90 && minLat <= maxLat,
                    "bbox latitudes must lie in [-90, 90] with min <= max: %s, %s", minLat, maxLat);
        }

        /** True when the box crosses the antimeridian. */
        public boolean wraps() {
            return minLon > maxLon;
        }
    }

    public EventFilter {
        Validate.isTrue(limit > 0, "limit must be positive: %d", limit);
        Validate.isTrue(offset >= 0, "offset must not be negative: %d", offset);
        Validate.isTrue(from == null || isIsoPrefix(from), "from is not an ISO date: %s", from);
        Validate.isTrue(to == null || isIsoPrefix(to), "to is not an ISO date: %s", to);
        sort = sort == null ? Sort.DATE : sort;
    }

    /** The filter of the first version, without source, check, bbox, place id or order. */
    public EventFilter(String type, String from, String to, String country, String admin1, String place,
                       String text, int limit, int offset) {
        this(type, from, to, country, admin1, place, text, null, null, null, null, Sort.DATE, limit, offset);
    }

    /** Every event, first page. */
    public static EventFilter all() {
        return new EventFilter(null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public EventFilter withType(String t) {
        return new EventFilter(t, from, to, country, admin1, place, text, source, check, bbox, geonameid, sort, limit, offset);
    }

    public EventFilter withDates(String f, String t) {
        return new EventFilter(type, f, t, country, admin1, place, text, source, check, bbox, geonameid, sort, limit, offset);
    }

    public EventFilter withArea(String c, String a) {
        return new EventFilter(type, from, to, c, a, place, text, source, check, bbox, geonameid, sort, limit, offset);
    }

    public EventFilter withPlace(String p) {
        return new EventFilter(type, from, to, country, admin1, p, text, source, check, bbox, geonameid, sort, limit, offset);
    }

    public EventFilter withText(String t) {
        return new EventFilter(type, from, to, country, admin1, place, t, source, check, bbox, geonameid, sort, limit, offset);
    }

    public EventFilter withSource(String s) {
        return new EventFilter(type, from, to, country, admin1, place, text, s, check, bbox, geonameid, sort, limit, offset);
    }

    public EventFilter withCheck(String k) {
        return new EventFilter(type, from, to, country, admin1, place, text, source, k, bbox, geonameid, sort, limit, offset);
    }

    public EventFilter withBbox(BBox b) {
        return new EventFilter(type, from, to, country, admin1, place, text, source, check, b, geonameid, sort, limit, offset);
    }

    public EventFilter withGeonameid(Long id) {
        return new EventFilter(type, from, to, country, admin1, place, text, source, check, bbox, id, sort, limit, offset);
    }

    public EventFilter withSort(Sort s) {
        return new EventFilter(type, from, to, country, admin1, place, text, source, check, bbox, geonameid, s, limit, offset);
    }

    public EventFilter withPage(int l, int o) {
        return new EventFilter(type, from, to, country, admin1, place, text, source, check, bbox, geonameid, sort, l, o);
    }

    private static boolean isIsoPrefix(String s) {
        return ISO_PREFIX.matcher(s).matches();
    }
}
