package org.attest.store.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attest.store.EventFilter;

/**
 * The WHERE clause of an {@link EventFilter} over {@code events e}, with bound parameters only.
 * The page query, the count, the keyset-paged stream and the statistics all share it.
 *
 * @param sql    the clause, starting with {@code " WHERE"}
 * @param params its parameters, in order
 */
record EventWhere(String sql, List<Object> params) {

    /**
     * How the place criteria reach the events. Both give the same rows; they differ in which
     * side the database starts from, and SQLite's planner does not turn one into the other.
     */
    enum PlaceJoin {
        /**
         * {@code EXISTS} per event: the database walks events (in date order, or through the
         * type and date indexes) and tests each. Fast when many events match the place.
         */
        PROBE,
        /**
         * {@code e.id IN (events linked to matching places)}: the database starts from the place
         * indexes and fetches the events by id. Fast when few events match the place.
         */
        DRIVE
    }

    /** A clause with place criteria reaching the events by {@code join}. */
    static EventWhere of(EventFilter f, PlaceJoin join) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.type() != null) {
            sql.append(" AND e.type = ?");
            params.add(f.type());
        }
        // periods compare by overlap (see EventFilter), written as plain comparisons of the stored
        // text, which the planners can estimate from their statistics, and a year range that the
        // (type, event_date) and (event_date) indexes serve
        if (f.from() != null) {
            // the event's period ends on or after from: it sorts after from, or it is one of the
            // coarser periods that contain from (its year, its month)
            sql.append(" AND (e.event_date >= ?");
            params.add(f.from());
            for (int len : new int[] {4, 7}) {
                if (f.from().length() > len) {
                    sql.append(" OR e.event_date = ?");
                    params.add(f.from().substring(0, len));
                }
            }
            sql.append(") AND e.event_date >= ?");
            params.add(f.from().substring(0, 4));
        }
        if (f.to() != null) {
            // the event's period starts on or before to: it sorts before to, or it lies inside to
            sql.append(" AND (e.event_date <= ? OR e.event_date LIKE ?)");
            params.add(f.to());
            params.add(f.to() + "%"); // digits and hyphens: nothing to escape
            int nextYear = Integer.parseInt(f.to().substring(0, 4)) + 1;
            if (nextYear <= 9999) {
                sql.append(" AND e.event_date < ?");
                params.add(String.format(Locale.ROOT, "%04d", nextYear));
            }
        }
        if (hasPlaceCriteria(f)) {
            if (join == PlaceJoin.PROBE) {
                sql.append(" AND EXISTS (SELECT 1 FROM event_places fep JOIN place_mentions fp"
                        + " ON fp.id = fep.place_mention_id WHERE fep.event_id = e.id");
            } else {
                sql.append(" AND e.id IN (SELECT fep.event_id FROM place_mentions fp JOIN event_places fep"
                        + " ON fep.place_mention_id = fp.id WHERE 1 = 1");
            }
            placeCriteria(f, sql, params);
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
        return new EventWhere(sql.toString(), List.copyOf(params));
    }

    static boolean hasPlaceCriteria(EventFilter f) {
        return f.country() != null || f.admin1() != null || f.place() != null || f.bbox() != null
                || f.geonameid() != null;
    }

    /**
     * The place criteria as {@code AND} terms over {@code place_mentions fp}: one place must
     * satisfy all of them ("Fars, IR" means a place in Fars, IR).
     */
    static void placeCriteria(EventFilter f, StringBuilder sql, List<Object> params) {
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
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** True when the clause has no criteria: every event matches. */
    boolean isEmpty() {
        return params.isEmpty() && sql.equals(" WHERE 1 = 1");
    }

    /** This clause with one more term (a fixed SQL fragment, never input) and its parameters. */
    EventWhere and(String term, Object... more) {
        List<Object> p = new ArrayList<>(params);
        p.addAll(List.of(more));
        return new EventWhere(sql + " AND " + term, List.copyOf(p));
    }
}
