package org.attest.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.attest.AttestException;
import org.attest.model.Event;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.store.EventFilter;
import org.attest.store.PlaceSummary;
import org.attest.store.Stats;
import org.attest.store.StoredEvent;

/**
 * The event queries: one WHERE clause built from an {@link EventFilter} with bound parameters
 * only, used by the page query, the keyset-paged stream and the statistics.
 */
final class EventQuery {
    private static final String EVENT_COLUMNS = "e.id, e.idx, e.type, e.event_date, e.date_precision, e.claimant, "
            + "e.actors, e.span_start, e.span_end, e.evidence, e.trigger_rule";
    private static final String FROM = " FROM events e JOIN documents d ON d.id = e.document_id";

    private final Connection c;

    EventQuery(Connection c) {
        this.c = c;
    }

    /** A WHERE clause and its parameters, in order. */
    record Where(String sql, List<Object> params) {
    }

    static Where where(EventFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.type() != null) {
            sql.append(" AND e.type = ?");
            params.add(f.type());
        }
        // both sides cut to the shorter of the two: periods compare by overlap (see EventFilter)
        if (f.from() != null) {
            sql.append(" AND substr(e.event_date, 1, ?) >= substr(?, 1, length(e.event_date))");
            params.add(f.from().length());
            params.add(f.from());
            // the same condition widened to the year and written as a range, so that an index on
            // event_date (or type, event_date) can find the rows instead of testing every one
            sql.append(" AND e.event_date >= ?");
            params.add(f.from().substring(0, 4));
        }
        if (f.to() != null) {
            sql.append(" AND substr(e.event_date, 1, ?) <= substr(?, 1, length(e.event_date))");
            params.add(f.to().length());
            params.add(f.to());
            int nextYear = Integer.parseInt(f.to().substring(0, 4)) + 1;
            if (nextYear <= 9999) {
                sql.append(" AND e.event_date < ?");
                params.add(String.format(Locale.ROOT, "%04d", nextYear));
            }
        }
        if (f.country() != null || f.admin1() != null || f.place() != null || f.bbox() != null
                || f.geonameid() != null) {
            // one place must satisfy every place criterion: "Fars, IR" means a place in Fars, IR
            sql.append(" AND EXISTS (SELECT 1 FROM event_places fep JOIN place_mentions fp"
                    + " ON fp.id = fep.place_mention_id WHERE fep.event_id = e.id");
            if (f.country() != null) {
                sql.append(" AND fp.country = ?");
                params.add(f.country().toUpperCase(Locale.ROOT));
            }
            if (f.admin1() != null) {
                sql.append(" AND fp.admin1 = ?");
                params.add(f.admin1());
            }
            if (f.place() != null) {
                sql.append(" AND (lower(fp.name) = ? OR lower(fp.surface) = ?)");
                params.add(f.place().toLowerCase(Locale.ROOT));
                params.add(f.place().toLowerCase(Locale.ROOT));
            }
            if (f.geonameid() != null) {
                sql.append(" AND fp.geonameid = ?");
                params.add(f.geonameid());
            }
            if (f.bbox() != null) {
                EventFilter.BBox b = f.bbox();
                sql.append(" AND fp.lat >= ? AND fp.lat <= ?");
                params.add(b.minLat());
                params.add(b.maxLat());
                // a box across the antimeridian is the union of its two halves
                sql.append(b.wraps() ? " AND (fp.lon >= ? OR fp.lon <= ?)" : " AND fp.lon >= ? AND fp.lon <= ?");
                params.add(b.minLon());
                params.add(b.maxLon());
            }
            sql.append(')');
        }
        if (f.source() != null) {
            // a subquery, not the join: the statistics read events without their documents
            sql.append(" AND e.document_id IN (SELECT sd.id FROM documents sd WHERE sd.site = ? OR sd.location = ?)");
            params.add(f.source());
            params.add(f.source());
        }
        if (f.check() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM checks fc WHERE fc.document_id = e.document_id AND fc.kind = ?)");
            params.add(f.check());
        }
        if (f.text() != null) {
            sql.append(" AND lower(e.evidence) LIKE ? ESCAPE '\\'");
            params.add("%" + escapeLike(f.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return new Where(sql.toString(), params);
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** One page by date (undated last), then id. */
    List<StoredEvent> page(EventFilter f) throws SQLException, AttestException {
        Where w = where(f);
        List<Object> params = new ArrayList<>(w.params());
        params.add(f.limit());
        params.add(f.offset());
        return load("SELECT " + EVENT_COLUMNS + ", " + Rows.DOCUMENT_REF_COLUMNS + FROM + w.sql()
                + orderBy(f) + " LIMIT ? OFFSET ?", params);
    }

    /**
     * A date bound leaves no undated event, so "undated last" is then a constant and is left out:
     * the order is then that of the (type, event_date) index (whose entries end with the row id
     * on SQLite), which the database can walk instead of sorting every match.
     */
    private static String orderBy(EventFilter f) {
        boolean dated = f.from() != null || f.to() != null;
        return switch (f.sort()) {
            case DATE -> dated ? " ORDER BY e.event_date, e.id" : orderBy(f.sort());
            case DATE_DESC -> dated ? " ORDER BY e.event_date DESC, e.id DESC" : orderBy(f.sort());
            case ID -> orderBy(f.sort());
        };
    }

    private static String orderBy(EventFilter.Sort sort) {
        return switch (sort) {
            case DATE -> " ORDER BY CASE WHEN e.event_date IS NULL THEN 1 ELSE 0 END, e.event_date, e.id";
            case DATE_DESC -> " ORDER BY CASE WHEN e.event_date IS NULL THEN 1 ELSE 0 END, e.event_date DESC, e.id DESC";
            case ID -> " ORDER BY e.id";
        };
    }

    /** How many events match (limit and offset ignored). */
    long count(EventFilter f) throws SQLException {
        Where w = where(f);
        try (PreparedStatement ps = prepare("SELECT count(*) FROM events e" + w.sql(), w.params());
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** One event by its id. */
    Optional<StoredEvent> byId(long id) throws SQLException, AttestException {
        List<StoredEvent> found = load("SELECT " + EVENT_COLUMNS + ", " + Rows.DOCUMENT_REF_COLUMNS + FROM
                + " WHERE e.id = ?", List.of(id));
        return found.stream().findFirst();
    }

    /** What the store knows of one GeoNames place, from its most frequent resolution. */
    Optional<PlaceSummary> place(long geonameid) throws SQLException {
        String sql = "SELECT p.name, p.kind, p.country, p.admin1, p.lat, p.lon, count(*) AS n FROM place_mentions p"
                + " WHERE p.geonameid = ? GROUP BY p.name, p.kind, p.country, p.admin1, p.lat, p.lon"
                + " ORDER BY 7 DESC, 1";
        String name;
        String kind;
        String country;
        String admin1;
        Double lat;
        Double lon;
        try (PreparedStatement ps = prepare(sql, List.of(geonameid)); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            name = rs.getString(1);
            kind = rs.getString(2);
            country = rs.getString(3);
            admin1 = rs.getString(4);
            lat = Rows.getDouble(rs, "lat");
            lon = Rows.getDouble(rs, "lon");
        }
        long mentions;
        long documents;
        try (PreparedStatement ps = prepare("SELECT count(*), count(DISTINCT document_id) FROM place_mentions"
                + " WHERE geonameid = ?", List.of(geonameid)); ResultSet rs = ps.executeQuery()) {
            rs.next();
            mentions = rs.getLong(1);
            documents = rs.getLong(2);
        }
        long events;
        try (PreparedStatement ps = prepare("SELECT count(DISTINCT ep.event_id) FROM event_places ep"
                + " JOIN place_mentions p ON p.id = ep.place_mention_id WHERE p.geonameid = ?", List.of(geonameid));
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            events = rs.getLong(1);
        }
        return Optional.of(new PlaceSummary(geonameid, name, kind, country, admin1,
                lat, lon, mentions, documents, events));
    }

    /** Up to {@code size} events with an id above {@code afterId}, by id: keyset paging for streams. */
    List<StoredEvent> after(EventFilter f, long afterId, int size) throws SQLException, AttestException {
        Where w = where(f);
        List<Object> params = new ArrayList<>(w.params());
        params.add(afterId);
        params.add(size);
        return load("SELECT " + EVENT_COLUMNS + ", " + Rows.DOCUMENT_REF_COLUMNS + FROM + w.sql()
                + " AND e.id > ? ORDER BY e.id LIMIT ?", params);
    }

    private List<StoredEvent> load(String sql, List<Object> params) throws SQLException, AttestException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                rows.add(new Row(id, rs.getInt("idx"), rs.getString("type"), rs.getString("event_date"),
                        rs.getString("date_precision"), rs.getString("claimant"),
                        Json.strings(rs.getString("actors"), "events.actors of " + id), Rows.span(rs),
                        rs.getString("evidence"), rs.getString("trigger_rule"), Rows.documentRef(rs)));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Linked<PlaceMention>> places = linked(ids, "SELECT ep.event_id, p.idx AS target_idx, "
                + Rows.PLACE_COLUMNS + " FROM event_places ep JOIN place_mentions p ON p.id = ep.place_mention_id "
                + "WHERE ep.event_id IN (%s) ORDER BY ep.event_id, ep.pos", true);
        Map<Long, Linked<Quantity>> quantities = linked(ids, "SELECT eq.event_id, q.idx AS target_idx, "
                + Rows.QUANTITY_COLUMNS + " FROM event_quantities eq JOIN quantities q ON q.id = eq.quantity_id "
                + "WHERE eq.event_id IN (%s) ORDER BY eq.event_id, eq.pos", false);
        List<StoredEvent> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Linked<PlaceMention> p = places.getOrDefault(r.id(), new Linked<>());
            Linked<Quantity> q = quantities.getOrDefault(r.id(), new Linked<>());
            Event event = new Event(r.type(), r.date(), Rows.precision(r.precision()), p.indexes, q.indexes,
                    r.actors(), r.claimant(), r.span(), r.trigger());
            out.add(new StoredEvent(r.id(), r.document(), r.index(), event, r.evidence(), p.values, q.values));
        }
        return out;
    }

    /** What one event links to: the targets' indexes in their document and the targets. */
    private static final class Linked<T> {
        final List<Integer> indexes = new ArrayList<>();
        final List<T> values = new ArrayList<>();
    }

    /** Most bound parameters in one IN list: both databases cap parameters per statement. */
    private static final int IN_CHUNK = 500;

    @SuppressWarnings("unchecked")
    private <T> Map<Long, Linked<T>> linked(List<Long> ids, String sqlTemplate, boolean place) throws SQLException {
        Map<Long, Linked<T>> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            String marks = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement ps = prepare(String.format(sqlTemplate, marks), new ArrayList<>(chunk));
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Linked<T> l = out.computeIfAbsent(rs.getLong("event_id"), k -> new Linked<>());
                    l.indexes.add(rs.getInt("target_idx"));
                    l.values.add((T) (place ? Rows.place(rs) : Rows.quantity(rs)));
                }
            }
        }
        return out;
    }

    Stats stats(EventFilter f) throws SQLException {
        Where w = where(f);
        long total = 0;
        try (PreparedStatement ps = prepare("SELECT count(*) FROM events e" + w.sql(), w.params());
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                total = rs.getLong(1);
            }
        }
        Map<String, Long> byMonth = counts("SELECT substr(e.event_date, 1, 7) AS k, count(*) AS n FROM events e"
                + w.sql() + " AND length(e.event_date) >= 7 GROUP BY substr(e.event_date, 1, 7) ORDER BY 1", w);
        Map<String, Long> byType = counts("SELECT e.type AS k, count(*) AS n FROM events e" + w.sql()
                + " GROUP BY e.type ORDER BY 2 DESC, 1", w);
        List<Stats.AreaCount> byArea = new ArrayList<>();
        try (PreparedStatement ps = prepare("SELECT p.country, p.admin1, count(DISTINCT e.id) AS n FROM events e "
                + "JOIN event_places ep ON ep.event_id = e.id JOIN place_mentions p ON p.id = ep.place_mention_id"
                + w.sql() + " AND p.admin1 IS NOT NULL GROUP BY p.country, p.admin1 ORDER BY 3 DESC, 1, 2",
                w.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byArea.add(new Stats.AreaCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
        }
        return new Stats(total, byMonth, byType, byArea);
    }

    private Map<String, Long> counts(String sql, Where w) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(sql, w.params()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString("k"), rs.getLong("n"));
            }
        }
        return out;
    }

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof Integer n) {
                    ps.setInt(i + 1, n);
                } else if (p instanceof Long n) {
                    ps.setLong(i + 1, n);
                } else if (p instanceof Double d) {
                    ps.setDouble(i + 1, d);
                } else {
                    ps.setString(i + 1, (String) p);
                }
            }
            return ps;
        } catch (SQLException e) {
            ps.close();
            throw e;
        }
    }

    private record Row(long id, int index, String type, String date, String precision, String claimant,
                       List<String> actors, org.attest.model.Span span, String evidence, String trigger,
                       org.attest.store.DocumentRef document) {
    }
}
