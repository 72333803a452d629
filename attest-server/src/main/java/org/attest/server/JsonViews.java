package org.attest.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    ObjectNode event(StoredEvent e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("type", e.event().type());
        o.put("date", e.event().date());
        o.put("date_precision", e.event().datePrecision().code());
        o.put("claimant", e.event().claimant());
        ArrayNode actors = o.putArray("actors");
        e.event().actors().forEach(actors::add);
        o.put("evidence", e.evidence());
        span(o, e.event().span());
        o.put("trigger", e.event().trigger());
        o.put("index", e.index());
        ArrayNode places = o.putArray("places");
        e.places().forEach(p -> places.add(place(p)));
        ArrayNode quantities = o.putArray("quantities");
        e.quantities().forEach(q -> quantities.add(quantity(q)));
        o.set("document", documentRef(e.document()));
        return o;
    }

    ObjectNode documentRef(DocumentRef d) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", d.id());
        o.put("name", d.name());
        o.put("location", d.location());
        o.put("site", d.site());
        o.put("title", d.title());
        o.put("published", d.published() == null ? null : d.published().toString());
        o.put("ingested_at", d.ingestedAt() == null ? null : d.ingestedAt().toString());
        return o;
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

    ObjectNode stats(Stats s, Map<String, Long> timeline, String interval) {
        ObjectNode o = mapper.createObjectNode();
        o.put("events", s.events());
        o.set("by_month", mapper.valueToTree(s.byMonth()));
        o.set("by_type", mapper.valueToTree(s.byType()));
        ArrayNode areas = o.putArray("by_admin1");
        for (Stats.AreaCount a : s.byArea()) {
            areas.addObject().put("country", a.country()).put("admin1", a.admin1()).put("events", a.events());
        }
        o.put("interval", interval);
        o.set("timeline", mapper.valueToTree(timeline));
        return o;
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
