package org.attest.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.attest.AttestException;
import org.attest.model.DatePrecision;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.attest.store.DocumentRef;

/** Row mappers shared by the document reader and the event queries; columns by name. */
final class Rows {
    /** The place_mentions columns {@link #place} reads, for SELECT lists. */
    static final String PLACE_COLUMNS = "p.span_start, p.span_end, p.surface, p.geonameid, p.name, p.kind, "
            + "p.country, p.admin1, p.lat, p.lon, p.confidence, p.pass";
    /** The quantities columns {@link #quantity} reads. */
    static final String QUANTITY_COLUMNS = "q.span_start, q.span_end, q.text, q.value, q.value_max, q.qualifier, "
            + "q.unit, q.what, q.rule";
    /** The documents columns {@link #documentRef} reads. */
    static final String DOCUMENT_REF_COLUMNS = "d.id AS doc_id, d.name AS doc_name, d.location AS doc_location, "
            + "d.site AS doc_site, d.title AS doc_title, d.published AS doc_published, d.ingested_at AS doc_ingested_at";

    private Rows() {}

    static PlaceMention place(ResultSet rs) throws SQLException {
        return new PlaceMention(rs.getString("surface"), span(rs), getLong(rs, "geonameid"), rs.getString("name"),
                PlaceKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)), rs.getString("country"),
                rs.getString("admin1"), getDouble(rs, "lat"), getDouble(rs, "lon"), rs.getDouble("confidence"),
                rs.getString("pass"));
    }

    static Quantity quantity(ResultSet rs) throws SQLException {
        return new Quantity(rs.getString("text"), span(rs), rs.getDouble("value"), getDouble(rs, "value_max"),
                Qualifier.valueOf(rs.getString("qualifier").toUpperCase(Locale.ROOT)), rs.getString("unit"),
                rs.getString("what"), rs.getString("rule"));
    }

    static DocumentRef documentRef(ResultSet rs) throws SQLException, AttestException {
        return new DocumentRef(rs.getLong("doc_id"), rs.getString("doc_name"), rs.getString("doc_location"),
                rs.getString("doc_site"), rs.getString("doc_title"), date(rs.getString("doc_published")),
                instant(rs.getString("doc_ingested_at")));
    }

    static DatePrecision precision(String code) {
        return DatePrecision.valueOf(code.toUpperCase(Locale.ROOT));
    }

    static Span span(ResultSet rs) throws SQLException {
        return new Span(rs.getInt("span_start"), rs.getInt("span_end"));
    }

    static Long getLong(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Double getDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static LocalDate date(String iso) throws AttestException {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw new AttestException("store holds a bad date: " + iso, e);
        }
    }

    static Instant instant(String iso) throws AttestException {
        try {
            return iso == null ? null : Instant.parse(iso);
        } catch (DateTimeParseException e) {
            throw new AttestException("store holds a bad timestamp: " + iso, e);
        }
    }
}
