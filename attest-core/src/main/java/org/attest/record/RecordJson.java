package org.attest.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.attest.model.Check;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.Issue;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/**
 * The extraction record of {@code shared/docs/output-schema.md}: one JSON object per document.
 * Field names are the contract with the store, the exports and every evaluation.
 */
public final class RecordJson {
    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode toJson(Document d) {
        ObjectNode o = mapper.createObjectNode();
        o.put("doc", d.name());
        o.put("source", d.location());
        o.put("sha256", d.sha256());
        o.put("title", d.title());
        o.put("published", d.published() == null ? null : d.published().toString());
        o.put("language", d.language());
        o.put("text", d.text());
        ArrayNode places = o.putArray("places");
        d.places().forEach(p -> places.add(place(p)));
        ArrayNode unresolved = o.putArray("unresolved");
        for (Unresolved u : d.unresolved()) {
            ObjectNode x = unresolved.addObject();
            x.put("surface", u.surface());
            span(x, u.span());
            x.put("reason", u.reason());
        }
        ArrayNode quantities = o.putArray("quantities");
        d.quantities().forEach(q -> quantities.add(quantity(q)));
        ArrayNode events = o.putArray("events");
        for (Event e : d.events()) {
            ObjectNode x = events.addObject();
            x.put("type", e.type());
            x.put("date", e.date());
            x.put("date_precision", e.datePrecision().code());
            ArrayNode ps = x.putArray("places");
            for (int i : e.places()) {
                PlaceMention p = d.places().get(i);
                if (p.geonameid() != null) {
                    ps.add(p.geonameid());
                } else {
                    ps.add(p.name());
                }
            }
            ArrayNode qs = x.putArray("quantities");
            e.quantities().forEach(qs::add);
            ArrayNode actors = x.putArray("actors");
            e.actors().forEach(actors::add);
            x.put("claimant", e.claimant());
            x.put("evidence", e.span().of(d.text()));
            span(x, e.span());
            x.put("trigger", e.trigger());
        }
        ArrayNode checks = o.putArray("checks");
        for (Check c : d.checks()) {
            ObjectNode x = checks.addObject();
            x.put("kind", c.kind());
            for (Map.Entry<String, Object> f : c.figures().entrySet()) {
                x.set(f.getKey(), mapper.valueToTree(f.getValue()));
            }
            x.put("message", c.message());
            ArrayNode spans = x.putArray("evidence_spans");
            c.evidence().forEach(s -> spans.addArray().add(s.start()).add(s.end()));
        }
        ArrayNode errors = o.putArray("errors");
        for (Issue i : d.issues()) {
            errors.addObject().put("stage", i.stage()).put("reason", i.reason());
        }
        return o;
    }

    /** One place mention as the record writes it. */
    public ObjectNode place(PlaceMention p) {
        ObjectNode x = mapper.createObjectNode();
        x.put("surface", p.surface());
        span(x, p.span());
        x.put("geonameid", p.geonameid());
        x.put("name", p.name());
        x.put("kind", p.kind().code());
        x.put("country", p.country());
        x.put("admin1", p.admin1());
        x.put("lat", p.lat());
        x.put("lon", p.lon());
        x.put("confidence", p.confidence());
        x.put("pass", p.pass());
        return x;
    }

    /** One quantity as the record writes it. */
    public ObjectNode quantity(Quantity q) {
        ObjectNode x = mapper.createObjectNode();
        x.put("text", q.text());
        span(x, q.span());
        x.put("value", q.value());
        x.put("value_max", q.valueMax());
        x.put("qualifier", q.qualifier().code());
        x.put("unit", q.unit());
        x.put("what", q.what());
        x.put("rule", q.rule());
        return x;
    }

    public String toLine(Document d) {
        try {
            return mapper.writeValueAsString(toJson(d));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("record cannot be written as JSON", e);
        }
    }

    private static void span(ObjectNode x, Span s) {
        x.put("start", s.start());
        x.put("end", s.end());
    }
}
