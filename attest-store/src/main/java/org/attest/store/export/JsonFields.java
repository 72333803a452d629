package org.attest.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.store.DocumentRef;

/** Writes places, quantities and documents as JSON objects named as in the extraction record. */
final class JsonFields {
    private JsonFields() {}

    static void place(JsonGenerator g, PlaceMention p) throws IOException {
        g.writeStartObject();
        g.writeStringField("surface", p.surface());
        g.writeNumberField("start", p.span().start());
        g.writeNumberField("end", p.span().end());
        number(g, "geonameid", p.geonameid());
        g.writeStringField("name", p.name());
        g.writeStringField("kind", p.kind().code());
        g.writeStringField("country", p.country());
        g.writeStringField("admin1", p.admin1());
        number(g, "lat", p.lat());
        number(g, "lon", p.lon());
        g.writeNumberField("confidence", p.confidence());
        g.writeStringField("pass", p.pass());
        g.writeEndObject();
    }

    static void quantity(JsonGenerator g, Quantity q) throws IOException {
        g.writeStartObject();
        g.writeStringField("text", q.text());
        g.writeNumberField("start", q.span().start());
        g.writeNumberField("end", q.span().end());
        g.writeNumberField("value", q.value());
        number(g, "value_max", q.valueMax());
        g.writeStringField("qualifier", q.qualifier().code());
        g.writeStringField("unit", q.unit());
        g.writeStringField("what", q.what());
        g.writeEndObject();
    }

    static void document(JsonGenerator g, DocumentRef d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", d.id());
        g.writeStringField("name", d.name());
        g.writeStringField("url", d.location());
        g.writeStringField("site", d.site());
        g.writeStringField("title", d.title());
        g.writeStringField("published", d.published() == null ? null : d.published().toString());
        g.writeStringField("ingested_at", d.ingestedAt() == null ? null : d.ingestedAt().toString());
        g.writeEndObject();
    }

    static void number(JsonGenerator g, String name, Long v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }

    static void number(JsonGenerator g, String name, Double v) throws IOException {
        if (v == null) {
            g.writeNullField(name);
        } else {
            g.writeNumberField(name, v);
        }
    }
}
