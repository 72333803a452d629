package org.attest.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.AttestException;
import org.attest.model.Check;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.Issue;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Unresolved;

/**
 * Writes one document's rows inside the caller's transaction. Never commits: atomicity is the
 * caller's ({@link JdbcStore#put}).
 */
final class DocumentWriter {
    /** The tables that hang off a document, children before parents. */
    private static final List<String> CHILD_TABLES = List.of("events", "place_mentions", "quantities",
            "sentences", "unresolved", "date_mentions", "checks", "issues");

    private final Connection c;

    DocumentWriter(Connection c) {
        this.c = c;
    }

    /** Inserts the document row and its children; returns the new id. */
    long insert(Document doc, String site, Long runId) throws SQLException, AttestException {
        String sql = "INSERT INTO documents (location, site, name, sha256, title, published, language, text, "
                + "boilerplate, ingested_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long id;
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bindDocument(ps, doc, site, runId);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        writeChildren(id, doc);
        return id;
    }

    /** Overwrites the document row and replaces its children, keeping the id. */
    void replace(long id, Document doc, String site, Long runId) throws SQLException, AttestException {
        String sql = "UPDATE documents SET location = ?, site = ?, name = ?, sha256 = ?, title = ?, published = ?, "
                + "language = ?, text = ?, boilerplate = ?, ingested_at = ?, run_id = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindDocument(ps, doc, site, runId);
            ps.setLong(12, id);
            ps.executeUpdate();
        }
        deleteChildren(id);
        writeChildren(id, doc);
    }

    /** Replaces only the extracted rows, leaving the document row (and its SHA-256) as it is. */
    void replaceExtraction(long id, Document doc) throws SQLException, AttestException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET title = ?, published = ?, "
                + "language = ?, text = ?, boilerplate = ? WHERE id = ?")) {
            ps.setString(1, doc.title());
            ps.setString(2, doc.published() == null ? null : doc.published().toString());
            ps.setString(3, doc.language());
            ps.setString(4, doc.text());
            ps.setString(5, Json.spans(doc.boilerplate()));
            ps.setLong(6, id);
            ps.executeUpdate();
        }
        deleteChildren(id);
        writeChildren(id, doc);
    }

    private void bindDocument(PreparedStatement ps, Document doc, String site, Long runId) throws SQLException {
        ps.setString(1, doc.location());
        ps.setString(2, site);
        ps.setString(3, doc.name());
        ps.setString(4, doc.sha256());
        ps.setString(5, doc.title());
        ps.setString(6, doc.published() == null ? null : doc.published().toString());
        ps.setString(7, doc.language());
        ps.setString(8, doc.text());
        ps.setString(9, Json.spans(doc.boilerplate()));
        ps.setString(10, Instant.now().toString());
        setLong(ps, 11, runId);
    }

    private void deleteChildren(long id) throws SQLException {
        for (String table : CHILD_TABLES) {
            // table names come from the constant list above, never from input
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE document_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    private void writeChildren(long id, Document doc) throws SQLException, AttestException {
        writeSentences(id, doc.sentences());
        writePlaces(id, doc.places());
        writeUnresolved(id, doc.unresolved());
        writeDates(id, doc.dates());
        writeQuantities(id, doc.quantities());
        writeEvents(id, doc);
        writeChecks(c, id, doc.checks());
        writeIssues(id, doc.issues());
    }

    private void writeSentences(long id, List<Sentence> sentences) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sentences (document_id, idx, span_start, "
                + "span_end, paragraph, heading) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setInt(3, s.span().start());
                ps.setInt(4, s.span().end());
                ps.setInt(5, s.paragraph());
                ps.setInt(6, s.heading() ? 1 : 0);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writePlaces(long id, List<PlaceMention> places) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO place_mentions (document_id, idx, span_start, "
                + "span_end, surface, geonameid, name, kind, country, admin1, lat, lon, confidence, pass) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < places.size(); i++) {
                PlaceMention p = places.get(i);
                ps.setLong(1, id);
                ps.setInt(2, i);
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
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeUnresolved(long id, List<Unresolved> unresolved) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unresolved (document_id, idx, span_start, "
                + "span_end, surface, reason) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < unresolved.size(); i++) {
                Unresolved u = unresolved.get(i);
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setInt(3, u.span().start());
                ps.setInt(4, u.span().end());
                ps.setString(5, u.surface());
                ps.setString(6, u.reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeDates(long id, List<DateMention> dates) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO date_mentions (document_id, idx, span_start, "
                + "span_end, text, value, date_precision, relative, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < dates.size(); i++) {
                DateMention d = dates.get(i);
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setInt(3, d.span().start());
                ps.setInt(4, d.span().end());
                ps.setString(5, d.text());
                ps.setString(6, d.value());
                ps.setString(7, d.precision().code());
                ps.setInt(8, d.relative() ? 1 : 0);
                ps.setString(9, d.rule());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeQuantities(long id, List<Quantity> quantities) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO quantities (document_id, idx, span_start, "
                + "span_end, text, value, value_max, qualifier, unit, what, rule) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < quantities.size(); i++) {
                Quantity q = quantities.get(i);
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setInt(3, q.span().start());
                ps.setInt(4, q.span().end());
                ps.setString(5, q.text());
                ps.setDouble(6, q.value());
                setDouble(ps, 7, q.valueMax());
                ps.setString(8, q.qualifier().code());
                ps.setString(9, q.unit());
                ps.setString(10, q.what());
                ps.setString(11, q.rule());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeEvents(long id, Document doc) throws SQLException, AttestException {
        List<Event> events = doc.events();
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO events (document_id, idx, type, event_date, "
                + "date_precision, claimant, actors, span_start, span_end, evidence, trigger_rule) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setString(3, e.type());
                ps.setString(4, e.date());
                ps.setString(5, e.datePrecision() == null ? DatePrecision.UNKNOWN.code() : e.datePrecision().code());
                ps.setString(6, e.claimant());
                ps.setString(7, Json.strings(e.actors()));
                ps.setInt(8, e.span().start());
                ps.setInt(9, e.span().end());
                ps.setString(10, evidence(doc.text(), e));
                ps.setString(11, e.trigger());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // batch inserts do not return generated keys portably: read the ids back by index
        Map<Integer, Long> eventIds = idsByIndex("events", id);
        Map<Integer, Long> placeIds = idsByIndex("place_mentions", id);
        Map<Integer, Long> quantityIds = idsByIndex("quantities", id);
        try (PreparedStatement places = c.prepareStatement(
                     "INSERT INTO event_places (event_id, pos, place_mention_id) VALUES (?, ?, ?)");
             PreparedStatement quantities = c.prepareStatement(
                     "INSERT INTO event_quantities (event_id, pos, quantity_id) VALUES (?, ?, ?)")) {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                link(places, eventIds.get(i), e.places(), placeIds, doc.name(), "place");
                link(quantities, eventIds.get(i), e.quantities(), quantityIds, doc.name(), "quantity");
            }
            places.executeBatch();
            quantities.executeBatch();
        }
    }

    private static void link(PreparedStatement ps, long eventId, List<Integer> indexes, Map<Integer, Long> ids,
                             String doc, String what) throws SQLException, AttestException {
        for (int pos = 0; pos < indexes.size(); pos++) {
            Long target = ids.get(indexes.get(pos));
            if (target == null) {
                throw new AttestException("document " + doc + ": an event refers to " + what + " "
                        + indexes.get(pos) + ", which it does not have");
            }
            ps.setLong(1, eventId);
            ps.setInt(2, pos);
            ps.setLong(3, target);
            ps.addBatch();
        }
    }

    /** The evidence text, clipped to the text so that a bad span cannot fail the whole document. */
    private static String evidence(String text, Event e) {
        int start = Math.min(e.span().start(), text.length());
        int end = Math.min(e.span().end(), text.length());
        return text.substring(start, end);
    }

    private Map<Integer, Long> idsByIndex(String table, long documentId) throws SQLException {
        Map<Integer, Long> out = new HashMap<>();
        // table names come from this class's callers, never from input
        try (PreparedStatement ps = c.prepareStatement("SELECT idx, id FROM " + table + " WHERE document_id = ?")) {
            ps.setLong(1, documentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getInt(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** Inserts checks for one document, or cross-document checks when {@code documentId} is null. */
    static void writeChecks(Connection c, Long documentId, List<Check> checks) throws SQLException, AttestException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO checks (document_id, idx, kind, figures, "
                + "message, evidence) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < checks.size(); i++) {
                Check k = checks.get(i);
                setLong(ps, 1, documentId);
                ps.setInt(2, i);
                ps.setString(3, k.kind());
                ps.setString(4, Json.figures(k.figures()));
                ps.setString(5, k.message());
                ps.setString(6, Json.spans(k.evidence()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void writeIssues(long id, List<Issue> issues) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO issues (document_id, idx, stage, reason) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < issues.size(); i++) {
                ps.setLong(1, id);
                ps.setInt(2, i);
                ps.setString(3, issues.get(i).stage());
                ps.setString(4, issues.get(i).reason());
                ps.addBatch();
            }
            ps.executeBatch();
        }
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
