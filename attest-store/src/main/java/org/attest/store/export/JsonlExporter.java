package org.attest.store.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import org.attest.AttestException;
import org.attest.model.Event;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.store.EventFilter;
import org.attest.store.Store;

/**
 * Exports events as JSON Lines: one object per event, each line ended by {@code \n}, with the
 * event's fields named as in the extraction record ({@code type}, {@code date},
 * {@code date_precision}, {@code actors}, {@code claimant}, {@code evidence}, {@code start},
 * {@code end}), its {@code places} and {@code quantities} as full objects, its
 * {@code trigger}, the store's {@code id}, and its {@code document} ({@code id}, {@code name},
 * {@code url}, {@code site}, {@code title}, {@code published}, {@code ingested_at}).
 */
public final class JsonlExporter {
    private final JsonFactory json = new JsonFactory();

    /**
     * Writes every matching event (the filter's limit and offset are ignored). Does not close
     * the writer; flushes it.
     *
     * @return lines written
     */
    public long export(Store store, EventFilter filter, Writer out) throws AttestException {
        try {
            JsonGenerator g = json.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            // no separator between root values: each line ends with its own newline instead
            g.setPrettyPrinter(new MinimalPrettyPrinter(""));
            long n = Exports.each(store, filter, "JSON Lines", se -> {
                Event e = se.event();
                g.writeStartObject();
                g.writeNumberField("id", se.id());
                g.writeStringField("type", e.type());
                g.writeStringField("date", e.date());
                g.writeStringField("date_precision", e.datePrecision() == null ? null : e.datePrecision().code());
                g.writeArrayFieldStart("actors");
                for (String actor : e.actors()) {
                    g.writeString(actor);
                }
                g.writeEndArray();
                g.writeStringField("claimant", e.claimant());
                g.writeStringField("trigger", e.trigger());
                g.writeStringField("evidence", se.evidence());
                g.writeNumberField("start", e.span().start());
                g.writeNumberField("end", e.span().end());
                g.writeArrayFieldStart("places");
                for (PlaceMention p : se.places()) {
                    JsonFields.place(g, p);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("quantities");
                for (Quantity q : se.quantities()) {
                    JsonFields.quantity(g, q);
                }
                g.writeEndArray();
                g.writeFieldName("document");
                JsonFields.document(g, se.document());
                g.writeEndObject();
                g.writeRaw('\n');
            });
            g.close();
            out.flush();
            return n;
        } catch (IOException e) {
            throw new AttestException("cannot write JSON Lines export: " + e.getMessage(), e);
        }
    }
}
