package org.attest.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.attest.AttestException;
import org.attest.model.Document;
import org.attest.store.Put;
import org.attest.store.PutResult;

/**
 * Writes documents and everything below them inside the caller's transaction; never commits:
 * atomicity is the caller's ({@link JdbcStore}). Many documents are written together, table by
 * table, so that a batch costs a few statements rather than a few per document.
 */
final class DocumentWriter {
    private static final String DOCUMENT_COLUMNS = "location, site, name, sha256, title, published, language, text, "
            + "boilerplate, ingested_at, run_id";

    private final Connection c;
    private final ChildRows children;

    DocumentWriter(Connection c) {
        this.c = c;
        this.children = new ChildRows(c);
    }

    /** What is stored under some SHA-256s and locations; updated as a segment is classified. */
    private static final class Stored {
        private final Map<String, Long> bySha256 = new HashMap<>();
        private final Map<String, Long> byLocation = new HashMap<>();
        private final Map<Long, String> sha256ById = new HashMap<>();

        Map<String, Long> bySha256() {
            return bySha256;
        }

        Map<String, Long> byLocation() {
            return byLocation;
        }

        void add(long id, String sha256, String location) {
            bySha256.put(sha256, id);
            sha256ById.put(id, sha256);
            if (location != null) {
                byLocation.put(location, id);
            }
        }

        /** Document {@code id} now holds other bytes: its old SHA-256 is no longer stored. */
        void replaced(long id, String sha256) {
            bySha256.remove(sha256ById.get(id));
            bySha256.put(sha256, id);
            sha256ById.put(id, sha256);
        }
    }

    /** A stored document whose location another document's bytes now fill. */
    private record Replacement(long id, Put put) {
    }

    /**
     * Stores the documents, each with the outcome it would have if they were stored one after
     * the other in this order; returns one result per document, in order.
     */
    List<PutResult> put(List<Put> puts, Long runId) throws SQLException, AttestException {
        List<PutResult> out = new ArrayList<>(puts.size());
        for (List<Put> segment : segments(puts)) {
            out.addAll(putSegment(segment, runId));
        }
        return out;
    }

    /**
     * Cuts the puts before each one that repeats the SHA-256 or the location of an earlier one
     * in its segment, so that no document of a segment can be the one another is compared with:
     * the segment is looked up and written as a whole, and the next one sees what it wrote.
     */
    private static List<List<Put>> segments(List<Put> puts) {
        List<List<Put>> out = new ArrayList<>();
        Set<String> sha256s = new HashSet<>();
        Set<String> locations = new HashSet<>();
        int from = 0;
        for (int i = 0; i < puts.size(); i++) {
            Document d = puts.get(i).document();
            if (sha256s.contains(d.sha256()) || d.location() != null && locations.contains(d.location())) {
                out.add(puts.subList(from, i));
                sha256s.clear();
                locations.clear();
                from = i;
            }
            sha256s.add(d.sha256());
            if (d.location() != null) {
                locations.add(d.location());
            }
        }
        if (from < puts.size()) {
            out.add(puts.subList(from, puts.size()));
        }
        return out;
    }

    /**
     * Same bytes stored: unchanged. Same location, other bytes: replaced, keeping the id. Else
     * new. A replacement takes the old bytes' SHA-256 out of what is stored, so a later document
     * of the segment with those bytes is new, as it would be one by one.
     */
    private List<PutResult> putSegment(List<Put> segment, Long runId) throws SQLException, AttestException {
        Stored stored = lookUp(segment.stream().map(p -> p.document().sha256()).toList(),
                segment.stream().map(p -> p.document().location()).filter(Objects::nonNull).toList());
        PutResult[] out = new PutResult[segment.size()];
        List<Integer> fresh = new ArrayList<>();
        List<Replacement> replaced = new ArrayList<>();
        for (int i = 0; i < segment.size(); i++) {
            Document d = segment.get(i).document();
            Long same = stored.bySha256().get(d.sha256());
            Long atLocation = d.location() == null ? null : stored.byLocation().get(d.location());
            if (same != null) {
                out[i] = new PutResult(PutResult.Outcome.UNCHANGED, same);
            } else if (atLocation != null) {
                out[i] = new PutResult(PutResult.Outcome.REPLACED, atLocation);
                replaced.add(new Replacement(atLocation, segment.get(i)));
                stored.replaced(atLocation, d.sha256());
            } else {
                fresh.add(i);
            }
        }
        // replacements first: a new document may bring the bytes a replaced one held until now
        List<ChildRows.Owner> owners = new ArrayList<>(replace(replaced, runId));
        List<ChildRows.Owner> inserted = insert(fresh.stream().map(segment::get).toList(), runId);
        for (int k = 0; k < fresh.size(); k++) {
            out[fresh.get(k)] = new PutResult(PutResult.Outcome.NEW, inserted.get(k).id());
        }
        owners.addAll(inserted);
        children.write(owners);
        return List.of(out);
    }

    /** Inserts the document rows; returns them with their new ids, in order. */
    private List<ChildRows.Owner> insert(List<Put> fresh, Long runId) throws SQLException {
        if (fresh.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO documents (" + DOCUMENT_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Put p : fresh) {
                bindDocument(ps, p.document(), p.site(), runId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // batched inserts do not return generated keys portably: the SHA-256 finds each new row
        Map<String, Long> ids = lookUp(fresh.stream().map(p -> p.document().sha256()).toList(), List.of()).bySha256();
        List<ChildRows.Owner> out = new ArrayList<>(fresh.size());
        for (Put p : fresh) {
            out.add(new ChildRows.Owner(ids.get(p.document().sha256()), p.document()));
        }
        return out;
    }

    /** Overwrites the rows of documents at the same location and deletes what hung off them. */
    private List<ChildRows.Owner> replace(List<Replacement> replaced, Long runId) throws SQLException {
        if (replaced.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET location = ?, site = ?, name = ?, "
                + "sha256 = ?, title = ?, published = ?, language = ?, text = ?, boilerplate = ?, ingested_at = ?, "
                + "run_id = ? WHERE id = ?")) {
            for (Replacement r : replaced) {
                bindDocument(ps, r.put().document(), r.put().site(), runId);
                ps.setLong(12, r.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        List<Long> ids = replaced.stream().map(Replacement::id).toList();
        children.delete(ids);
        return replaced.stream().map(r -> new ChildRows.Owner(r.id(), r.put().document())).toList();
    }

    /** Replaces only the extracted rows, leaving the document row (and its SHA-256) as it is. */
    void replaceExtraction(long id, Document doc) throws SQLException, AttestException {
        replaceExtractions(List.of(new ChildRows.Owner(id, doc)));
    }

    /** {@link #replaceExtraction} for many documents, a few statements for all of them. */
    void replaceExtractions(List<ChildRows.Owner> owners) throws SQLException, AttestException {
        if (owners.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET title = ?, published = ?, "
                + "language = ?, text = ?, boilerplate = ? WHERE id = ?")) {
            for (ChildRows.Owner o : owners) {
                Document doc = o.doc();
                ps.setString(1, doc.title());
                ps.setString(2, doc.published() == null ? null : doc.published().toString());
                ps.setString(3, doc.language());
                ps.setString(4, doc.text());
                ps.setString(5, Json.spans(doc.boilerplate()));
                ps.setLong(6, o.id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        children.delete(owners.stream().map(ChildRows.Owner::id).toList());
        children.write(owners);
    }

    /** The ids of stored documents with these SHA-256s or at these locations. */
    private Stored lookUp(List<String> sha256s, List<String> locations) throws SQLException {
        Stored out = new Stored();
        for (List<String> chunk : InList.chunks(sha256s)) {
            collect("sha256", chunk, out);
        }
        for (List<String> chunk : InList.chunks(locations)) {
            collect("location", chunk, out);
        }
        return out;
    }

    /** {@code column} is {@code sha256} or {@code location}, from {@link #lookUp}, never input. */
    private void collect(String column, List<String> values, Stored into) throws SQLException {
        try (PreparedStatement ps = InList.prepare(c, "SELECT id, sha256, location FROM documents WHERE " + column
                + " IN " + InList.of(values.size()))) {
            for (int i = 0; i < values.size(); i++) {
                ps.setString(i + 1, values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.add(rs.getLong("id"), rs.getString("sha256"), rs.getString("location"));
                }
            }
        }
    }

    /** The ids among these that stored documents have. */
    Set<Long> existing(List<Long> ids) throws SQLException {
        Set<Long> out = new HashSet<>();
        for (List<Long> chunk : InList.chunks(ids)) {
            try (PreparedStatement ps = InList.prepare(c, "SELECT id FROM documents WHERE id IN "
                    + InList.of(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
        }
        return Set.copyOf(out);
    }

    /** The ids of the stored documents with these SHA-256s, by SHA-256. */
    Map<String, Long> idsBySha256(List<String> sha256s) throws SQLException {
        return lookUp(sha256s, List.of()).bySha256();
    }

    private static void bindDocument(PreparedStatement ps, Document doc, String site, Long runId) throws SQLException {
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
        ChildRows.setLong(ps, 11, runId);
    }
}
