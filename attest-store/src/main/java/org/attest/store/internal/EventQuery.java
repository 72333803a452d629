package org.attest.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
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
 * The event queries over one connection: pages, counts, the keyset-paged stream, statistics and
 * place summaries, all filtered through {@link EventWhere}.
 */
final class EventQuery {
    private static final String EVENT_COLUMNS = "e.id, e.idx, e.type, e.event_date, e.date_precision, e.claimant, "
            + "e.actors, e.span_start, e.span_end, e.evidence, e.trigger_rule";
    private static final String FROM = " FROM events e JOIN documents d ON d.id = e.document_id";
    private static final String COLUMNS = "SELECT " + EVENT_COLUMNS + ", " + Rows.DOCUMENT_REF_COLUMNS;

    private final Connection c;

    EventQuery(Connection c) {
        this.c = c;
    }

    /**
     * Links between events and matching places from which on a place filter counts as common:
     * see {@link #placePlan}. Walking events in date order and testing each finds a page of a
     * place that a share {@code s} of the events cite after about {@code page / s} tests, while
     * starting from the place reads all its links; the two cost about the same near
     * {@code sqrt(page * events)} links, a few thousand for pages of 50 among a million events.
     */
    static final int COMMON_PLACE_LINKS = 5_000;

    /**
     * Which way the filter's place criteria should reach the events ({@link EventWhere.PlaceJoin}),
     * for a page and for a count. A place with few links is reached from its side for both. A
     * common one is probed while walking events: in date order for a page (it stops at the page's
     * end); for a count, only when a type or date bound lets an index narrow the events first,
     * else every event would be probed, and reading the place's links is cheaper.
     */
    PlacePlan placePlan(EventFilter f) throws SQLException {
        if (!EventWhere.hasPlaceCriteria(f)) {
            return new PlacePlan(EventWhere.PlaceJoin.PROBE, EventWhere.PlaceJoin.PROBE);
        }
        if (placeLinks(f) < COMMON_PLACE_LINKS) {
            return new PlacePlan(EventWhere.PlaceJoin.DRIVE, EventWhere.PlaceJoin.DRIVE);
        }
        boolean narrowed = f.type() != null || f.from() != null || f.to() != null;
        return new PlacePlan(EventWhere.PlaceJoin.PROBE,
                narrowed ? EventWhere.PlaceJoin.PROBE : EventWhere.PlaceJoin.DRIVE);
    }

    /**
     * How a filter's place criteria reach the events: for a page (and the pages of a stream), and
     * for counts and statistics.
     */
    record PlacePlan(EventWhere.PlaceJoin page, EventWhere.PlaceJoin count) {
    }

    /** The links of places that match the filter's place criteria, counted up to {@link #COMMON_PLACE_LINKS}. */
    private long placeLinks(EventFilter f) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM (SELECT 1 FROM place_mentions fp"
                + " JOIN event_places fep ON fep.place_mention_id = fp.id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        EventWhere.placeCriteria(f, sql, params);
        sql.append(" LIMIT ?) links");
        params.add(COMMON_PLACE_LINKS);
        try (PreparedStatement ps = prepare(sql.toString(), params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** One page in the filter's order, with documents, places and quantities. */
    List<StoredEvent> page(EventFilter f, EventWhere.PlaceJoin join) throws SQLException, AttestException {
        Query q = pageQuery(f, join);
        List<StoredEvent> page = load(q.sql(), q.params());
        if (page.size() < f.limit() && undatedLast(f)) {
            // the page reaches past the dated events (or none match): read both parts together
            Query mixed = datedThenUndated(f, join);
            return load(mixed.sql(), mixed.params());
        }
        return page;
    }

    /** The page query as the database would be asked it, prefixed (by EXPLAIN, for diagnostics). */
    List<String> explain(String prefix, EventFilter f, EventWhere.PlaceJoin join) throws SQLException {
        Query q = pageQuery(f, join);
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(prefix + q.sql(), q.params()); ResultSet rs = ps.executeQuery()) {
            int last = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                out.add(rs.getString(last));
            }
        }
        return out;
    }

    private record Query(String sql, List<Object> params) {
    }

    /** True when the order puts undated events last and the filter lets some match. */
    private static boolean undatedLast(EventFilter f) {
        return f.sort() != EventFilter.Sort.ID && f.from() == null && f.to() == null;
    }

    /**
     * The page query. Its order by date then id is that of the (type, event_date) and
     * (event_date) indexes (whose entries end with the row id on SQLite), which the database walks
     * instead of sorting every match, and stops at the page's end. With a date bound no undated
     * event can match; without one this reads the dated events only, which fill every page
     * before the last ones ({@link #datedThenUndated} reads those).
     */
    private static Query pageQuery(EventFilter f, EventWhere.PlaceJoin join) {
        EventWhere w = EventWhere.of(f, join);
        if (undatedLast(f)) {
            w = w.and("e.event_date IS NOT NULL");
        }
        String order = f.sort() == EventFilter.Sort.ID ? " ORDER BY e.id" : byDate(f);
        List<Object> params = new ArrayList<>(w.params());
        params.add(f.limit());
        params.add(f.offset());
        return new Query(COLUMNS + FROM + w.sql() + order + " LIMIT ? OFFSET ?", params);
    }

    private static String byDate(EventFilter f) {
        return f.sort() == EventFilter.Sort.DATE_DESC ? " ORDER BY e.event_date DESC, e.id DESC"
                : " ORDER BY e.event_date, e.id";
    }

    /**
     * A page that reaches the undated events: the dated events in date order and the undated ones
     * in id order, each read only as far as the page reaches, and only those rows sorted together.
     */
    private static Query datedThenUndated(EventFilter f, EventWhere.PlaceJoin join) {
        EventWhere w = EventWhere.of(f, join);
        boolean desc = f.sort() == EventFilter.Sort.DATE_DESC;
        long reach = (long) f.limit() + f.offset();
        EventWhere withDate = w.and("e.event_date IS NOT NULL");
        EventWhere undated = w.and("e.event_date IS NULL");
        List<Object> params = new ArrayList<>(withDate.params());
        params.add(reach);
        params.addAll(undated.params());
        params.add(reach);
        params.add(f.limit());
        params.add(f.offset());
        String sql = "SELECT * FROM (" + COLUMNS + ", 0 AS undated" + FROM + withDate.sql() + byDate(f) + " LIMIT ?) dated"
                + " UNION ALL SELECT * FROM (" + COLUMNS + ", 1 AS undated" + FROM + undated.sql()
                + (desc ? " ORDER BY e.id DESC" : " ORDER BY e.id") + " LIMIT ?) undated_events"
                + " ORDER BY undated, event_date" + (desc ? " DESC, id DESC" : ", id") + " LIMIT ? OFFSET ?";
        return new Query(sql, params);
    }

    /** How many events match (limit, offset and order ignored). */
    long count(EventFilter f, EventWhere.PlaceJoin join) throws SQLException {
        EventWhere w = EventWhere.of(f, join);
        try (PreparedStatement ps = prepare("SELECT count(*) FROM events e" + w.sql(), w.params());
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Counts by type, date and province of the events that match. */
    Stats stats(EventFilter f, EventWhere.PlaceJoin join) throws SQLException {
        return EventStats.of(c, EventWhere.of(f, join));
    }

    /** One event by its id. */
    Optional<StoredEvent> byId(long id) throws SQLException, AttestException {
        List<StoredEvent> found = load(COLUMNS + FROM
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
    List<StoredEvent> after(EventFilter f, EventWhere.PlaceJoin join, long afterId, int size)
            throws SQLException, AttestException {
        EventWhere w = EventWhere.of(f, join);
        List<Object> params = new ArrayList<>(w.params());
        params.add(afterId);
        params.add(size);
        return load(COLUMNS + FROM + w.sql() + " AND e.id > ? ORDER BY e.id LIMIT ?", params);
    }

    private List<StoredEvent> load(String sql, List<Object> params) throws SQLException, AttestException {
        List<Row> rows = new ArrayList<>();
        // a page often holds several events of one document: build each document's ref once
        Map<Long, org.attest.store.DocumentRef> documents = new HashMap<>();
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                org.attest.store.DocumentRef document = documents.get(rs.getLong("doc_id"));
                if (document == null) {
                    document = Rows.documentRef(rs);
                    documents.put(document.id(), document);
                }
                rows.add(new Row(id, rs.getInt("idx"), rs.getString("type"), rs.getString("event_date"),
                        rs.getString("date_precision"), rs.getString("claimant"),
                        Json.strings(rs.getString("actors"), "events.actors of " + id), Rows.span(rs),
                        rs.getString("evidence"), rs.getString("trigger_rule"), document));
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

    private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
        return Bound.prepare(c, sql, params);
    }

    private record Row(long id, int index, String type, String date, String precision, String claimant,
                       List<String> actors, org.attest.model.Span span, String evidence, String trigger,
                       org.attest.store.DocumentRef document) {
    }
}
