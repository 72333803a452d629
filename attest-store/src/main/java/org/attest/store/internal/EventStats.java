package org.attest.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attest.store.Stats;

/**
 * The statistics of a filter in three grouped queries (by type, by date, by province); the total
 * and the months are folded from them in Java instead of being counted again.
 */
final class EventStats {
    private EventStats() {}

    static Stats of(Connection c, EventWhere w) throws SQLException {
        Map<String, Long> byType = new LinkedHashMap<>();
        long events = 0;
        try (PreparedStatement ps = Bound.prepare(c, "SELECT e.type, count(*) FROM events e" + w.sql()
                + " GROUP BY e.type ORDER BY 2 DESC, 1", w.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byType.put(rs.getString(1), rs.getLong(2));
                events += rs.getLong(2);
            }
        }
        List<Stats.DateCount> byDate = new ArrayList<>();
        EventWhere dated = w.and("e.event_date IS NOT NULL");
        try (PreparedStatement ps = Bound.prepare(c, "SELECT e.event_date, e.date_precision, count(*) FROM events e"
                + dated.sql() + " GROUP BY e.event_date, e.date_precision", dated.params());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byDate.add(new Stats.DateCount(rs.getString(1), Rows.precision(rs.getString(2)), rs.getLong(3)));
            }
        }
        // sorted here: the two databases may collate text differently
        byDate.sort(Comparator.comparing(Stats.DateCount::date).thenComparing(Stats.DateCount::precision));
        return new Stats(events, byMonth(byDate), byType, byArea(c, w), byDate);
    }

    /** Events dated at least to the month, per {@code YYYY-MM}. */
    private static Map<String, Long> byMonth(List<Stats.DateCount> byDate) {
        Map<String, Long> out = new TreeMap<>();
        for (Stats.DateCount d : byDate) {
            if (d.date().length() >= 7) {
                out.merge(d.date().substring(0, 7), d.events(), Long::sum);
            }
        }
        return out;
    }

    /**
     * Events per province. Without criteria every link counts and the events table is not read.
     * With criteria the matching events come first (CROSS JOIN fixes that order on SQLite, whose
     * planner would otherwise start from the places and probe every link; PostgreSQL plans the
     * join itself either way).
     */
    private static List<Stats.AreaCount> byArea(Connection c, EventWhere w) throws SQLException {
        String sql = w.isEmpty()
                ? "SELECT p.country, p.admin1, count(DISTINCT ep.event_id) AS n FROM place_mentions p"
                        + " JOIN event_places ep ON ep.place_mention_id = p.id WHERE p.admin1 IS NOT NULL"
                : "SELECT p.country, p.admin1, count(DISTINCT e.id) AS n FROM events e CROSS JOIN event_places ep"
                        + " CROSS JOIN place_mentions p" + w.sql() + " AND ep.event_id = e.id"
                        + " AND p.id = ep.place_mention_id AND p.admin1 IS NOT NULL";
        List<Stats.AreaCount> out = new ArrayList<>();
        try (PreparedStatement ps = Bound.prepare(c, sql + " GROUP BY p.country, p.admin1 ORDER BY 3 DESC, 1, 2",
                w.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Stats.AreaCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return out;
    }
}
