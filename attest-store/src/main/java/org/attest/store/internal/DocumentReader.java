package org.attest.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attest.AttestException;
import org.attest.model.Check;
import org.attest.model.DateMention;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.Issue;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Unresolved;
import org.attest.store.DocumentRef;
import org.attest.store.StoredDocument;

/** Rebuilds a stored document, with every span, from its rows. Reads only. */
final class DocumentReader {
    private final Connection c;

    DocumentReader(Connection c) {
        this.c = c;
    }

    Optional<StoredDocument> read(long id) throws SQLException, AttestException {
        String sql = "SELECT " + Rows.DOCUMENT_REF_COLUMNS + ", d.sha256, d.language, d.text, d.boilerplate, "
                + "d.run_id FROM documents d WHERE d.id = ?";
        DocumentRef ref;
        Document doc;
        Long runId;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                ref = Rows.documentRef(rs);
                runId = Rows.getLong(rs, "run_id");
                doc = Document.of(ref.name(), ref.location(), rs.getString("sha256"), ref.title(), ref.published(),
                        rs.getString("language"), rs.getString("text"),
                        Json.spans(rs.getString("boilerplate"), "documents.boilerplate of " + id));
            }
        }
        doc = doc.withSentences(sentences(id))
                .withPlaces(places(id), unresolved(id))
                .withDates(dates(id))
                .withQuantities(quantities(id))
                .withEvents(events(id))
                .withChecks(checks(c, id));
        for (Issue issue : issues(id)) {
            doc = doc.withIssue(issue);
        }
        return Optional.of(new StoredDocument(ref, runId, doc));
    }

    private PreparedStatement byDocument(String sql, long id) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setLong(1, id);
        return ps;
    }

    private List<Sentence> sentences(long id) throws SQLException {
        List<Sentence> out = new ArrayList<>();
        try (PreparedStatement ps = byDocument("SELECT span_start, span_end, paragraph, heading FROM sentences "
                + "WHERE document_id = ? ORDER BY idx", id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Sentence(Rows.span(rs), rs.getInt("paragraph"), rs.getInt("heading") != 0));
            }
        }
        return out;
    }

    private List<PlaceMention> places(long id) throws SQLException {
        List<PlaceMention> out = new ArrayList<>();
        try (PreparedStatement ps = byDocument("SELECT " + Rows.PLACE_COLUMNS + " FROM place_mentions p "
                + "WHERE p.document_id = ? ORDER BY p.idx", id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Rows.place(rs));
            }
        }
        return out;
    }

    private List<Unresolved> unresolved(long id) throws SQLException {
        List<Unresolved> out = new ArrayList<>();
        try (PreparedStatement ps = byDocument("SELECT span_start, span_end, surface, reason FROM unresolved "
                + "WHERE document_id = ? ORDER BY idx", id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Unresolved(rs.getString("surface"), Rows.span(rs), rs.getString("reason")));
            }
        }
        return out;
    }

    private List<DateMention> dates(long id) throws SQLException {
        List<DateMention> out = new ArrayList<>();
        try (PreparedStatement ps = byDocument("SELECT span_start, span_end, text, value, date_precision, relative, "
                + "rule FROM date_mentions WHERE document_id = ? ORDER BY idx", id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new DateMention(rs.getString("text"), Rows.span(rs), rs.getString("value"),
                        Rows.precision(rs.getString("date_precision")), rs.getInt("relative") != 0,
                        rs.getString("rule")));
            }
        }
        return out;
    }

    private List<Quantity> quantities(long id) throws SQLException {
        List<Quantity> out = new ArrayList<>();
        try (PreparedStatement ps = byDocument("SELECT " + Rows.QUANTITY_COLUMNS + " FROM quantities q "
                + "WHERE q.document_id = ? ORDER BY q.idx", id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(Rows.quantity(rs));
            }
        }
        return out;
    }

    private List<Event> events(long id) throws SQLException, AttestException {
        Map<Long, List<Integer>> places = links("SELECT ep.event_id, p.idx FROM event_places ep "
                + "JOIN place_mentions p ON p.id = ep.place_mention_id WHERE p.document_id = ? "
                + "ORDER BY ep.event_id, ep.pos", id);
        Map<Long, List<Integer>> quantities = links("SELECT eq.event_id, q.idx FROM event_quantities eq "
                + "JOIN quantities q ON q.id = eq.quantity_id WHERE q.document_id = ? "
                + "ORDER BY eq.event_id, eq.pos", id);
        List<Event> out = new ArrayList<>();
        try (PreparedStatement ps = byDocument("SELECT id, type, event_date, date_precision, claimant, actors, "
                + "span_start, span_end, trigger_rule FROM events WHERE document_id = ? ORDER BY idx", id);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long eventId = rs.getLong("id");
                out.add(new Event(rs.getString("type"), rs.getString("event_date"),
                        Rows.precision(rs.getString("date_precision")),
                        places.getOrDefault(eventId, List.of()), quantities.getOrDefault(eventId, List.of()),
                        Json.strings(rs.getString("actors"), "events.actors of " + eventId),
                        rs.getString("claimant"), Rows.span(rs), rs.getString("trigger_rule")));
            }
        }
        return out;
    }

    private Map<Long, List<Integer>> links(String sql, long id) throws SQLException {
        Map<Long, List<Integer>> out = new HashMap<>();
        try (PreparedStatement ps = byDocument(sql, id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
            }
        }
        return out;
    }

    /** The checks of one document, or the cross-document ones when {@code documentId} is null. */
    static List<Check> checks(Connection c, Long documentId) throws SQLException, AttestException {
        String sql = "SELECT id, kind, figures, message, evidence FROM checks WHERE "
                + (documentId == null ? "document_id IS NULL" : "document_id = ?") + " ORDER BY idx, id";
        List<Check> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (documentId != null) {
                ps.setLong(1, documentId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String where = "checks row " + rs.getLong("id");
                    out.add(new Check(rs.getString("kind"), Json.figures(rs.getString("figures"), where),
                            rs.getString("message"), Json.spans(rs.getString("evidence"), where)));
                }
            }
        }
        return out;
    }

    static List<org.attest.store.DocumentCheck> documentChecks(Connection c, String kind, int limit, int offset)
            throws SQLException, AttestException {
        String sql = "SELECT k.id, k.kind, k.figures, k.message, k.evidence, " + Rows.DOCUMENT_REF_COLUMNS
                + " FROM checks k JOIN documents d ON d.id = k.document_id"
                + (kind == null ? "" : " WHERE k.kind = ?") + " ORDER BY k.document_id, k.idx, k.id LIMIT ? OFFSET ?";
        List<org.attest.store.DocumentCheck> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (kind != null) {
                ps.setString(i++, kind);
            }
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String where = "checks row " + rs.getLong("id");
                    out.add(new org.attest.store.DocumentCheck(Rows.documentRef(rs), new Check(rs.getString("kind"),
                            Json.figures(rs.getString("figures"), where), rs.getString("message"),
                            Json.spans(rs.getString("evidence"), where))));
                }
            }
        }
        return out;
    }

    private List<Issue> issues(long id) throws SQLException {
        List<Issue> out = new ArrayList<>();
        try (PreparedStatement ps = byDocument("SELECT stage, reason FROM issues WHERE document_id = ? ORDER BY idx",
                id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Issue(rs.getString("stage"), rs.getString("reason")));
            }
        }
        return out;
    }
}
