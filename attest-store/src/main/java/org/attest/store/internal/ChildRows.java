package org.attest.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.attest.AttestException;
import org.attest.model.Check;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;

/**
 * Writes the rows that hang off documents (sentences, place mentions, unresolved names, dates,
 * quantities, events and their links, checks, issues) for many documents at once, inside the
 * caller's transaction: one batched statement per table for all of them, and one query per
 * table for the ids that event links point at. Never commits.
 */
final class ChildRows {
    /** The tables that hang off a document, children before parents. */
    private static final List<String> TABLES = List.of("events", "place_mentions", "quantities",
            "sentences", "unresolved", "date_mentions", "checks", "issues");

    private static final String CHECK_SQL = "INSERT INTO checks (document_id, idx, kind, figures, message, evidence) "
            + "VALUES (?, ?, ?, ?, ?, ?)";

    /** A document row already written, and the document whose rows go below it. */
    record Owner(long id, Document doc) {
    }

    /** A row of a child table, by its document and its index in the document's list. */
    private record RowKey(long documentId, int idx) {
    }

    /** Binds one item's columns after {@code document_id} and {@code idx}, which come first. */
    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement ps, Document doc, T item) throws SQLException, AttestException;
    }

    private final Connection c;

    ChildRows(Connection c) {
        this.c = c;
    }

    /** Inserts the rows of every owner's document. */
    void write(List<Owner> owners) throws SQLException, AttestException {
        if (owners.isEmpty()) {
            return;
        }
        insert("INSERT INTO sentences (document_id, idx, span_start, span_end, paragraph, heading) "
                + "VALUES (?, ?, ?, ?, ?, ?)", owners, Document::sentences, (ps, d, s) -> {
                    ps.setInt(3, s.span().start());
                    ps.setInt(4, s.span().end());
                    ps.setInt(5, s.paragraph());
                    ps.setInt(6, s.heading() ? 1 : 0);
                });
        insert("INSERT INTO place_mentions (document_id, idx, span_start, span_end, surface, geonameid, name, kind, "
                + "country, admin1, lat, lon, confidence, pass) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                owners, Document::places, (ps, d, p) -> {
                    ps.setInt(3, p.span().start());
                    ps.setInt(4, p.span().end());
                    ps.setString(5, p.surface());
                    setLong(ps, 6, p.geonameid());
                    ps.setString(7, p.name());
                    ps.setString(8, p.kind().code());
                    ps.setString(9, p.country());
                    ps.setString(10, p.admin1());
                    setDouble(ps, 11, p.lat());
                    setDouble(ps, 12, p.lon());
                    ps.setDouble(13, p.confidence());
                    ps.setString(14, p.pass());
                });
        insert("INSERT INTO unresolved (document_id, idx, span_start, span_end, surface, reason) "
                + "VALUES (?, ?, ?, ?, ?, ?)", owners, Document::unresolved, (ps, d, u) -> {
                    ps.setInt(3, u.span().start());
                    ps.setInt(4, u.span().end());
                    ps.setString(5, u.surface());
                    ps.setString(6, u.reason());
                });
        insert("INSERT INTO date_mentions (document_id, idx, span_start, span_end, text, value, date_precision, "
                + "relative, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", owners, Document::dates, (ps, d, m) -> {
                    ps.setInt(3, m.span().start());
                    ps.setInt(4, m.span().end());
                    ps.setString(5, m.text());
                    ps.setString(6, m.value());
                    ps.setString(7, m.precision().code());
                    ps.setInt(8, m.relative() ? 1 : 0);
                    ps.setString(9, m.rule());
                });
        insert("INSERT INTO quantities (document_id, idx, span_start, span_end, text, value, value_max, qualifier, "
                + "unit, what, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", owners, Document::quantities, (ps, d, q) -> {
                    ps.setInt(3, q.span().start());
                    ps.setInt(4, q.span().end());
                    ps.setString(5, q.text());
                    ps.setDouble(6, q.value());
                    setDouble(ps, 7, q.valueMax());
                    ps.setString(8, q.qualifier().code());
                    ps.setString(9, q.unit());
                    ps.setString(10, q.what());
                    ps.setString(11, q.rule());
                });
        insert("INSERT INTO events (document_id, idx, type, event_date, date_precision, claimant, actors, span_start, "
                + "span_end, evidence, trigger_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", owners, Document::events,
                (ps, d, e) -> {
                    ps.setString(3, e.type());
                    ps.setString(4, e.date());
                    ps.setString(5, (e.datePrecision() == null ? DatePrecision.UNKNOWN : e.datePrecision()).code());
                    ps.setString(6, e.claimant());
                    ps.setString(7, Json.strings(e.actors()));
                    ps.setInt(8, e.span().start());
                    ps.setInt(9, e.span().end());
                    ps.setString(10, evidence(d.text(), e));
                    ps.setString(11, e.trigger());
                });
        insert(CHECK_SQL, owners, Document::checks, ChildRows::bindCheck);
        insert("INSERT INTO issues (document_id, idx, stage, reason) VALUES (?, ?, ?, ?)", owners, Document::issues,
                (ps, d, i) -> {
                    ps.setString(3, i.stage());
                    ps.setString(4, i.reason());
                });
        links(owners);
    }

    /** Deletes every row below these documents (event links go with their events). */
    void delete(List<Long> documentIds) throws SQLException {
        for (List<Long> chunk : InList.chunks(documentIds)) {
            for (String table : TABLES) {
                // table names come from the constant list above, never from input
                try (PreparedStatement ps = InList.prepare(c, "DELETE FROM " + table + " WHERE document_id IN "
                        + InList.of(chunk.size()))) {
                    bindAll(ps, chunk);
                    ps.executeUpdate();
                }
            }
        }
    }

    /** Inserts checks that belong to no document (cross-document checks). */
    void crossDocumentChecks(List<Check> checks) throws SQLException, AttestException {
        try (PreparedStatement ps = c.prepareStatement(CHECK_SQL)) {
            for (int i = 0; i < checks.size(); i++) {
                ps.setNull(1, Types.BIGINT);
                ps.setInt(2, i);
                bindCheck(ps, null, checks.get(i));
                ps.addBatch();
            }
            if (!checks.isEmpty()) {
                ps.executeBatch();
            }
        }
    }

    private <T> void insert(String sql, List<Owner> owners, Function<Document, List<T>> items, Binder<T> binder)
            throws SQLException, AttestException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int rows = 0;
            for (Owner o : owners) {
                List<T> list = items.apply(o.doc());
                for (int i = 0; i < list.size(); i++) {
                    ps.setLong(1, o.id());
                    ps.setInt(2, i);
                    binder.bind(ps, o.doc(), list.get(i));
                    ps.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void bindCheck(PreparedStatement ps, Document doc, Check k) throws SQLException, AttestException {
        ps.setString(3, k.kind());
        ps.setString(4, Json.figures(k.figures()));
        ps.setString(5, k.message());
        ps.setString(6, Json.spans(k.evidence()));
    }

    /**
     * Event links point at row ids, which batched inserts do not return portably: they are read
     * back, one query per table for all the documents that have links.
     */
    private void links(List<Owner> owners) throws SQLException, AttestException {
        List<Owner> linked = owners.stream().filter(o -> o.doc().events().stream()
                .anyMatch(e -> !e.places().isEmpty() || !e.quantities().isEmpty())).toList();
        if (linked.isEmpty()) {
            return;
        }
        List<Long> ids = linked.stream().map(Owner::id).toList();
        Map<RowKey, Long> events = ids("events", ids);
        Map<RowKey, Long> places = ids("place_mentions", ids);
        Map<RowKey, Long> quantities = ids("quantities", ids);
        try (PreparedStatement toPlaces = c.prepareStatement(
                     "INSERT INTO event_places (event_id, pos, place_mention_id) VALUES (?, ?, ?)");
             PreparedStatement toQuantities = c.prepareStatement(
                     "INSERT INTO event_quantities (event_id, pos, quantity_id) VALUES (?, ?, ?)")) {
            int placeRows = 0;
            int quantityRows = 0;
            for (Owner o : linked) {
                List<Event> list = o.doc().events();
                for (int i = 0; i < list.size(); i++) {
                    long eventId = events.get(new RowKey(o.id(), i));
                    placeRows += link(toPlaces, eventId, list.get(i).places(), o, places, "place");
                    quantityRows += link(toQuantities, eventId, list.get(i).quantities(), o, quantities, "quantity");
                }
            }
            if (placeRows > 0) {
                toPlaces.executeBatch();
            }
            if (quantityRows > 0) {
                toQuantities.executeBatch();
            }
        }
    }

    private static int link(PreparedStatement ps, long eventId, List<Integer> indexes, Owner owner,
                            Map<RowKey, Long> ids, String what) throws SQLException, AttestException {
        for (int pos = 0; pos < indexes.size(); pos++) {
            Long target = ids.get(new RowKey(owner.id(), indexes.get(pos)));
            if (target == null) {
                throw new AttestException("document " + owner.doc().name() + ": an event refers to " + what + " "
                        + indexes.get(pos) + ", which it does not have");
            }
            ps.setLong(1, eventId);
            ps.setInt(2, pos);
            ps.setLong(3, target);
            ps.addBatch();
        }
        return indexes.size();
    }

    private Map<RowKey, Long> ids(String table, List<Long> documentIds) throws SQLException {
        Map<RowKey, Long> out = new HashMap<>();
        for (List<Long> chunk : InList.chunks(documentIds)) {
            // table names come from this class, never from input
            try (PreparedStatement ps = InList.prepare(c, "SELECT document_id, idx, id FROM " + table
                    + " WHERE document_id IN " + InList.of(chunk.size()))) {
                bindAll(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(new RowKey(rs.getLong(1), rs.getInt(2)), rs.getLong(3));
                    }
                }
            }
        }
        return out;
    }

    private static void bindAll(PreparedStatement ps, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            ps.setLong(i + 1, ids.get(i));
        }
    }

    /** The evidence text, clipped to the text so that a bad span cannot fail the whole document. */
    private static String evidence(String text, Event e) {
        int start = Math.min(e.span().start(), text.length());
        int end = Math.min(e.span().end(), text.length());
        return text.substring(start, end);
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }
}
