package org.attest.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.attest.model.Check;
import org.attest.model.DateMention;
import org.attest.model.Document;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.attest.record.RecordJson;
import org.attest.store.DocumentRef;
import org.attest.store.EventFilter;
import org.attest.store.EventPage;
import org.attest.store.PlaceSummary;
import org.attest.store.Stats;
import org.attest.store.StoredEvent;

/**
 * The JSON the API answers with. Field names follow the extraction record
 * ({@code shared/docs/output-schema.md}): snake_case, spans as {@code start}/{@code end} UTF-16
 * offsets into the document's cleaned text.
 */
final class JsonViews {
    private final ObjectMapper mapper;
    private final RecordJson record = new RecordJson();

    JsonViews(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Writes JSON with a generator; the generator's codec is the mapper, for plain maps. */
    @FunctionalInterface
    interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    /** The UTF-8 JSON that {@code writing} generates, streamed: no node tree is built. */
    byte[] bytes(Writing writing) {
        // a page of 50 events is 40-90 KB: start near it rather than copy while growing
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            writing.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to memory", e);
        }
        return out.toByteArray();
    }

    /** A page of events: {@code items}, {@code total}, {@code limit}, {@code offset}. */
    byte[] eventPage(EventPage page, EventFilter f) {
        return bytes(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            for (StoredEvent e : page.items()) {
                event(g, e);
            }
            g.writeEndArray();
            g.writeNumberField("total", page.total());
            g.writeNumberField("limit", f.limit());
            g.writeNumberField("offset", f.offset());
            g.writeEndObject();
        });
    }

    /** One event with its places, quantities and document. */
    void event(JsonGenerator g, StoredEvent e) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", e.id());
        g.writeStringField("type", e.event().type());
        g.writeStringField("date", e.event().date());
        g.writeStringField("date_precision", e.event().datePrecision().code());
        g.writeStringField("claimant", e.event().claimant());
        g.writeArrayFieldStart("actors");
        for (String a : e.event().actors()) {
            g.writeString(a);
        }
        g.writeEndArray();
        g.writeStringField("evidence", e.evidence());
        g.writeNumberField("start", e.event().span().start());
        g.writeNumberField("end", e.event().span().end());
        g.writeStringField("trigger", e.event().trigger());
        g.writeNumberField("index", e.index());
        // places and quantities as the extraction record writes them (small trees, one place)
        g.writeArrayFieldStart("places");
        for (PlaceMention p : e.places()) {
            g.writeTree(place(p));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("quantities");
        for (Quantity q : e.quantities()) {
            g.writeTree(quantity(q));
        }
        g.writeEndArray();
        g.writeFieldName("document");
        documentRef(g, e.document());
        g.writeEndObject();
    }

    /** A document's reference as a tree, for answers built as trees: the streamed fields, read back. */
    ObjectNode documentRef(DocumentRef d) {
        try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
            documentRef(buffer, d);
            return mapper.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document's reference: id, name, location, site, title, publication and ingest times. */
    private static void documentRef(JsonGenerator g, DocumentRef d) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", d.id());
        g.writeStringField("name", d.name());
        g.writeStringField("location", d.location());
        g.writeStringField("site", d.site());
        g.writeStringField("title", d.title());
        g.writeStringField("published", d.published() == null ? null : d.published().toString());
        g.writeStringField("ingested_at", d.ingestedAt() == null ? null : d.ingestedAt().toString());
        g.writeEndObject();
    }

    /** A place mention as the extraction record writes it. */
    ObjectNode place(PlaceMention p) {
        return record.place(p);
    }

    /** A quantity as the extraction record writes it. */
    ObjectNode quantity(Quantity q) {
        return record.quantity(q);
    }

    /**
     * A document with its cleaned text and every span: the extraction record plus the store id,
     * sentences, dates and boilerplate, and each event's place and quantity indexes.
     */
    ObjectNode document(long id, Document d) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", id);
        o.setAll(record.toJson(d));
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : d.sentences()) {
            ObjectNode x = sentences.addObject();
            span(x, s.span());
            x.put("paragraph", s.paragraph());
            x.put("heading", s.heading());
        }
        ArrayNode boilerplate = o.putArray("boilerplate");
        d.boilerplate().forEach(s -> span(boilerplate.addObject(), s));
        ArrayNode dates = o.putArray("dates");
        for (DateMention m : d.dates()) {
            ObjectNode x = dates.addObject();
            x.put("text", m.text());
            span(x, m.span());
            x.put("value", m.value());
            x.put("precision", m.precision().code());
            x.put("relative", m.relative());
            x.put("rule", m.rule());
        }
        // the record names an event's places by GeoNames id; the UI links them by index
        ArrayNode events = (ArrayNode) o.get("events");
        for (int i = 0; i < d.events().size(); i++) {
            ObjectNode x = (ObjectNode) events.get(i);
            ArrayNode pi = x.putArray("place_indexes");
            d.events().get(i).places().forEach(pi::add);
        }
        return o;
    }

    ArrayNode checks(List<Check> checks) {
        ArrayNode out = mapper.createArrayNode();
        for (Check c : checks) {
            out.add(check(c));
        }
        return out;
    }

    ObjectNode check(Check c) {
        ObjectNode x = mapper.createObjectNode();
        x.put("kind", c.kind());
        x.put("message", c.message());
        ObjectNode figures = x.putObject("figures");
        for (Map.Entry<String, Object> f : new java.util.TreeMap<>(c.figures()).entrySet()) {
            figures.set(f.getKey(), mapper.valueToTree(f.getValue()));
        }
        ArrayNode spans = x.putArray("evidence");
        c.evidence().forEach(s -> span(spans.addObject(), s));
        return x;
    }

    /** The statistics of a filter, and its timeline at an interval. */
    byte[] stats(Stats s, Map<String, Long> timeline, String interval) {
        return bytes(g -> {
            g.writeStartObject();
            g.writeNumberField("events", s.events());
            g.writeObjectField("by_month", s.byMonth());
            g.writeObjectField("by_type", s.byType());
            g.writeArrayFieldStart("by_admin1");
            for (Stats.AreaCount a : s.byArea()) {
                g.writeStartObject();
                g.writeStringField("country", a.country());
                g.writeStringField("admin1", a.admin1());
                g.writeNumberField("events", a.events());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("interval", interval);
            g.writeObjectField("timeline", timeline);
            g.writeEndObject();
        });
    }

    ObjectNode place(PlaceSummary p) {
        ObjectNode o = mapper.createObjectNode();
        o.put("geonameid", p.geonameid());
        o.put("name", p.name());
        o.put("kind", p.kind());
        o.put("country", p.country());
        o.put("admin1", p.admin1());
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("mentions", p.mentions());
        o.put("documents", p.documents());
        o.put("events", p.events());
        return o;
    }

    private static void span(ObjectNode x, Span s) {
        x.put("start", s.start());
        x.put("end", s.end());
    }
}
