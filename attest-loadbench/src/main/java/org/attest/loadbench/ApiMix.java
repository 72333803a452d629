package org.attest.loadbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attest.store.EventFilter;

/**
 * The requests the API benchmark rotates through: filtered URLs like those the web UI sends
 * (types, date ranges of a year or a few months, a country, a province, pages further in, both
 * orders), built from what the filled store holds so that every filter matches something.
 *
 * @param events filters of {@code GET /api/events}, each a page of 50
 * @param stats  query strings of {@code GET /api/stats}
 */
record ApiMix(List<EventFilter> events, List<String> stats) {
    static final int PAGE = 50;

    /** The mix for a filled store: its most frequent types, countries and provinces. */
    static ApiMix of(Target target) throws SQLException {
        List<String> types;
        List<String> countries;
        List<String[]> areas = new ArrayList<>();
        try (Connection c = target.connect(); Statement s = c.createStatement()) {
            types = column(s, "SELECT type FROM events GROUP BY type ORDER BY count(*) DESC, type LIMIT 6");
            countries = column(s, "SELECT country FROM place_mentions WHERE country IS NOT NULL GROUP BY country"
                    + " ORDER BY count(*) DESC, country LIMIT 3");
            try (ResultSet rs = s.executeQuery("SELECT country, admin1 FROM place_mentions WHERE admin1 IS NOT NULL"
                    + " GROUP BY country, admin1 ORDER BY count(*) DESC, admin1 LIMIT 5")) {
                while (rs.next()) {
                    areas.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        EventFilter page = EventFilter.all().withPage(PAGE, 0);
        List<EventFilter> events = new ArrayList<>();
        events.add(page);
        events.add(page.withSort(EventFilter.Sort.DATE_DESC));
        events.add(page.withPage(PAGE, 1000));
        for (int i = 0; i < types.size(); i++) {
            String year = String.valueOf(2000 + 4 * i);
            events.add(page.withType(types.get(i)).withDates(year + "-01-01", year + "-12-31"));
        }
        events.add(page.withType(types.get(0)).withDates("2010-01-01", "2010-12-31").withPage(PAGE, 500));
        events.add(page.withDates("2015-03", "2016-02"));
        events.add(page.withType(types.get(1)).withDates("2020-06", "2020-08").withPage(PAGE, 50));
        events.add(page.withDates("2003", "2004").withSort(EventFilter.Sort.DATE_DESC));
        for (String country : countries) {
            events.add(page.withArea(country, null));
        }
        for (int i = 0; i < areas.size(); i++) {
            EventFilter f = page.withArea(areas.get(i)[0], areas.get(i)[1]);
            events.add(i % 2 == 0 ? f : f.withType(types.get(i % types.size())).withSort(EventFilter.Sort.DATE_DESC));
        }
        events.add(page.withType(types.get(1)).withArea(countries.get(0), null).withDates("2012", "2012"));
        events.add(page.withType(types.get(2)).withArea(countries.get(0), null).withDates("2018-01", "2019-06")
                .withPage(PAGE, 100));
        events.add(page.withArea(null, areas.get(0)[1]).withDates("2021", "2023"));

        List<String> stats = new ArrayList<>();
        stats.add("");
        stats.add("interval=week");
        stats.add("interval=day&from=2010&to=2010");
        stats.add(query(EventFilter.all().withType(types.get(0))));
        stats.add(query(EventFilter.all().withType(types.get(1)).withDates("2015-03", "2016-02")));
        stats.add(query(EventFilter.all().withArea(countries.get(0), null)));
        stats.add(query(EventFilter.all().withArea(countries.get(1), null)) + "&interval=week");
        stats.add(query(EventFilter.all().withArea(areas.get(0)[0], areas.get(0)[1])));
        stats.add(query(EventFilter.all().withArea(null, areas.get(1)[1]).withType(types.get(2))));
        stats.add(query(EventFilter.all().withDates("2008", "2009")));
        stats.add(query(EventFilter.all().withType(types.get(3)).withArea(countries.get(0), null)
                .withDates("2012-01", "2012-06")) + "&interval=day");
        return new ApiMix(List.copyOf(events), List.copyOf(stats));
    }

    private static List<String> column(Statement s, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** The query string of a filter, as the web UI writes it. */
    static String query(EventFilter f) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("type", f.type());
        p.put("from", f.from());
        p.put("to", f.to());
        p.put("country", f.country());
        p.put("admin1", f.admin1());
        p.put("sort", f.sort() == EventFilter.Sort.DATE_DESC ? "-date" : null);
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : p.entrySet()) {
            if (e.getValue() != null) {
                parts.add(e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            }
        }
        return String.join("&", parts);
    }

    /** The path and query of an events request. */
    static String eventsPath(EventFilter f) {
        String q = query(f);
        return "/api/events?" + (q.isEmpty() ? "" : q + "&") + "limit=" + f.limit()
                + (f.offset() > 0 ? "&offset=" + f.offset() : "");
    }

    static String statsPath(String query) {
        return "/api/stats" + (query.isEmpty() ? "" : "?" + query);
    }
}
