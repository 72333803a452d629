package org.attest.app;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attest.AttestException;
import org.attest.events.EventLexicon;
import org.attest.events.EventType;
import org.attest.store.EventFilter;
import org.attest.store.Store;
import org.attest.store.export.AcledType;
import org.attest.store.export.CsvExporter;
import org.attest.store.export.GeoJsonExporter;
import org.attest.store.export.JsonlExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attest export --format csv|geojson|jsonl [filters]}: stored events to stdout. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export stored events as ACLED-style CSV, GeoJSON or JSON Lines.")
final class ExportCommand implements Callable<Integer> {
    enum Format { CSV, GEOJSON, JSONL }

    @Option(names = "--format", required = true, description = "csv, geojson or jsonl")
    Format format;

    @Option(names = "--type", description = "event type") String type;
    @Option(names = "--from", description = "ISO date, inclusive") String from;
    @Option(names = "--to", description = "ISO date, inclusive") String to;
    @Option(names = "--country", description = "ISO 3166-1 alpha-2 code") String country;
    @Option(names = "--admin1", description = "province name") String admin1;
    @Option(names = "--place", description = "place name") String place;
    @Option(names = "--text", description = "text the evidence contains") String text;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        EventFilter f = EventFilter.all().withType(type).withDates(from, to).withArea(country, admin1)
                .withPlace(place).withText(text);
        try (Store s = Store.open(store.db)) {
            Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
            long n = switch (format) {
                case CSV -> new CsvExporter(acledTypes()).export(s, f, out);
                case GEOJSON -> new GeoJsonExporter().export(s, f, out);
                case JSONL -> new JsonlExporter().export(s, f, out);
            };
            out.flush();
            System.err.println("attest: exported " + n + (format == Format.CSV ? " rows" : format == Format.GEOJSON ? " features" : " events"));
        } catch (AttestException | java.io.IOException e) {
            System.err.println("attest: " + e.getMessage());
            return 2;
        }
        return 0;
    }

    private static Map<String, AcledType> acledTypes() {
        Map<String, AcledType> m = new HashMap<>();
        for (EventType t : EventLexicon.load().taxonomy().values()) {
            m.put(t.name(), new AcledType(t.disorderType(), t.acledEventType(), t.acledSubEventType()));
        }
        return m;
    }
}
