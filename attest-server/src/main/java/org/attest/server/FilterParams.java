package org.attest.server;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attest.store.EventFilter;

/**
 * Reads the event filter of a query string. Pure: a map of parameters in, a filter out, or an
 * {@link ApiError} with status 400 whose message names the parameter and says what it wants.
 * Unknown and repeated parameters are refused, so that a typo never silently widens a query.
 */
final class FilterParams {
    /** The filter parameters every event query takes. */
    static final List<String> FILTERS = List.of("type", "from", "to", "country", "admin1", "place", "bbox", "q",
            "source", "check", "geonameid");
    /** The paging and order parameters of {@code /api/events}. */
    static final List<String> PAGING = List.of("limit", "offset", "sort");
    /** Most events on one page. */
    static final int MAX_LIMIT = 1000;
    private static final int MAX_TEXT = 200;
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private final Set<String> types;

    /** @param types the known event types: any other {@code type} is refused */
    FilterParams(Set<String> types) {
        this.types = Set.copyOf(types);
    }

    /**
     * The filter a query asks for.
     *
     * @param query   every parameter with its values
     * @param allowed the names this endpoint takes
     */
    EventFilter parse(Map<String, List<String>> query, Set<String> allowed) {
        for (Map.Entry<String, List<String>> p : query.entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw ApiError.badRequest("unknown parameter '" + p.getKey() + "'; this endpoint takes "
                        + String.join(", ", allowed.stream().sorted().toList()));
            }
            if (p.getValue().size() > 1) {
                throw ApiError.badRequest(p.getKey() + ": given " + p.getValue().size() + " times; give it once");
            }
        }
        EventFilter f = EventFilter.all();
        String type = text(query, "type");
        if (type != null && !types.contains(type)) {
            throw ApiError.badRequest("type: unknown event type '" + type + "'; one of "
                    + String.join(", ", types.stream().sorted().toList()));
        }
        String from = date(query, "from");
        String to = date(query, "to");
        int common = from == null || to == null ? 0 : Math.min(from.length(), to.length());
        if (common > 0 && from.substring(0, common).compareTo(to.substring(0, common)) > 0) {
            throw ApiError.badRequest("from: " + from + " is after to: " + to);
        }
        String country = text(query, "country");
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw ApiError.badRequest("country: not an ISO 3166-1 alpha-2 code: '" + country + "'");
        }
        f = f.withType(type).withDates(from, to).withArea(country, text(query, "admin1"))
                .withPlace(text(query, "place")).withText(text(query, "q")).withSource(text(query, "source"))
                .withCheck(text(query, "check")).withBbox(bbox(one(query, "bbox")));
        String id = one(query, "geonameid");
        if (id != null) {
            f = f.withGeonameid(number(id, "geonameid", 1, Long.MAX_VALUE));
        }
        int limit = (int) optionalNumber(query, "limit", 1, MAX_LIMIT, EventFilter.DEFAULT_LIMIT);
        int offset = (int) optionalNumber(query, "offset", 0, Integer.MAX_VALUE, 0);
        return f.withPage(limit, offset).withSort(sort(one(query, "sort")));
    }

    private static String one(Map<String, List<String>> query, String name) {
        List<String> v = query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** A text value: absent or empty is no criterion; a very long one is refused. */
    private static String text(Map<String, List<String>> query, String name) {
        String v = one(query, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            throw ApiError.badRequest(name + ": longer than " + MAX_TEXT + " characters");
        }
        return v.strip();
    }

    private static String date(Map<String, List<String>> query, String name) {
        String v = text(query, name);
        if (v == null) {
            return null;
        }
        var m = ISO.matcher(v);
        boolean valid = m.matches();
        if (valid) {
            try {
                if (m.group(3) != null) {
                    LocalDate.parse(v);
                } else if (m.group(2) != null) {
                    YearMonth.parse(v);
                }
            } catch (DateTimeException e) {
                valid = false;
            }
        }
        if (!valid) {
            throw ApiError.badRequest(name + ": not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): '" + v + "'");
        }
        return v;
    }

    private static long optionalNumber(Map<String, List<String>> query, String name, long min, long max, long dflt) {
        String v = one(query, name);
        return v == null || v.isBlank() ? dflt : number(v.strip(), name, min, max);
    }

    private static long number(String v, String name, long min, long max) {
        long n;
        try {
            n = Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + ": not a whole number: '" + v + "'");
        }
        if (n < min || n > max) {
            throw ApiError.badRequest(name + ": must lie in [" + min + ", " + max + "]: " + n);
        }
        return n;
    }

    static EventFilter.BBox bbox(String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String[] parts = v.split(",", -1);
        if (parts.length != 4) {
            throw ApiError.badRequest("bbox: want minLon,minLat,maxLon,maxLat; got '" + v + "'");
        }
        double[] d = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                d[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("bbox: not a number: '" + parts[i].strip() + "'");
            }
            if (!Double.isFinite(d[i])) {
                throw ApiError.badRequest("bbox: not a finite number: '" + parts[i].strip() + "'");
            }
        }
        if (Math.abs(d[0]) > 180 || Math.abs(d[2]) > 180) {
            throw ApiError.badRequest("bbox: longitudes must lie in [-180, 180]: '" + v + "'");
        }
        if (Math.abs(d[1]) > 90 || Math.abs(d[3]) > 90 || d[1] > d[3]) {
            throw ApiError.badRequest("bbox: latitudes must lie in [-90, 90] with minLat <= maxLat: '" + v + "'");
        }
        return new EventFilter.BBox(d[0], d[1], d[2], d[3]);
    }

    private static EventFilter.Sort sort(String v) {
        if (v == null || v.isBlank()) {
            return EventFilter.Sort.DATE;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "date" -> EventFilter.Sort.DATE;
            case "-date" -> EventFilter.Sort.DATE_DESC;
            case "id" -> EventFilter.Sort.ID;
            default -> throw ApiError.badRequest("sort: one of date, -date, id; got '" + v + "'");
        };
    }
}
