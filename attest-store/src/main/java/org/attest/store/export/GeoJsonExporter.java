package org.attest.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.attest.AttestException;
import org.attest.model.Event;
import org.attest.model.PlaceMention;
import org.attest.store.EventFilter;
import org.attest.store.Store;
import org.attest.store.StoredEvent;

/**
 * Exports events as an RFC 7946 GeoJSON FeatureCollection: one Feature per event and place,
 * a Point at {@code [longitude, latitude]} (WGS 84, as RFC 7946 requires). A place without
 * coordinates (a province the gazetteer has no point for) and an event without a place
 * still get a Feature, with a {@code null} geometry as RFC 7946 allows, so that the
 * collection counts every event; map layers skip them.
 *
 * <p>Properties: {@code event_id}, {@code type}, {@code date}, {@code date_precision},
 * {@code place}, {@code geonameid}, {@code admin1}, {@code country}, {@code claimant},
 * {@code evidence}, {@code document_url}, {@code document_title}.
 */
public final class GeoJsonExporter {
    private final JsonFactory json = new JsonFactory();

    /**
     * Writes one FeatureCollection with every matching event (the filter's limit and offset are
     * ignored). Does not close the writer; flushes it.
     *
     * @return features written
     */
    public long export(Store store, EventFilter filter, Writer out) throws AttestException {
        long[] features = {0};
        try {
            JsonGenerator g = json.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            Exports.each(store, filter, "GeoJSON", event -> {
                for (PlaceMention p : Exports.placeRows(event)) {
                    feature(g, event, p);
                    features[0]++;
                }
            });
            g.writeEndArray();
            g.writeEndObject();
            g.close();
            out.flush();
            return features[0];
        } catch (IOException e) {
            throw new AttestException("cannot write GeoJSON export: " + e.getMessage(), e);
        }
    }

    private static void feature(JsonGenerator g, StoredEvent se, PlaceMention p) throws IOException {
        Event e = se.event();
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        if (p != null && p.lat() != null && p.lon() != null) {
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(p.lon());
            g.writeNumber(p.lat());
            g.writeEndArray();
            g.writeEndObject();
        } else {
            g.writeNullField("geometry");
        }
        g.writeObjectFieldStart("properties");
        g.writeNumberField("event_id", se.id());
        g.writeStringField("type", e.type());
        g.writeStringField("date", e.date());
        g.writeStringField("date_precision", e.datePrecision() == null ? null : e.datePrecision().code());
        g.writeStringField("place", p == null ? null : p.name());
        JsonFields.number(g, "geonameid", p == null ? null : p.geonameid());
        g.writeStringField("admin1", p == null ? null : p.admin1());
        g.writeStringField("country", p == null ? null : p.country());
        g.writeStringField("claimant", e.claimant());
        g.writeStringField("evidence", se.evidence());
        g.writeStringField("document_url", se.document().location());
        g.writeStringField("document_title", se.document().title());
        g.writeEndObject();
        g.writeEndObject();
    }
}
