package org.attest.app;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;

/** A readable account of what extraction found, document by document, then in total. */
final class Summary {
    private final StringBuilder perDocument = new StringBuilder();
    private final Map<String, Integer> types = new TreeMap<>();
    private final Map<String, Integer> places = new TreeMap<>();
    private int documents;
    private int quantities;

    void add(Document d) {
        documents++;
        quantities += d.quantities().size();
        Map<String, Integer> docPlaces = new LinkedHashMap<>();
        for (PlaceMention p : d.places()) {
            String label = p.name() + (p.geonameid() != null ? " (" + p.country() + ")" : " [" + p.kind().code() + "]");
            docPlaces.merge(label, 1, Integer::sum);
            places.merge(label, 1, Integer::sum);
        }
        perDocument.append(String.format("%n%s  %s%n", d.name(), d.title() == null ? "" : "\u2014 " + d.title()));
        perDocument.append(String.format("  published %s, language %s, %d places, %d unresolved, %d figures, %d events%n",
                d.published() == null ? "unknown" : d.published(), d.language(), d.places().size(),
                d.unresolved().size(), d.quantities().size(), d.events().size()));
        if (!docPlaces.isEmpty()) {
            perDocument.append("  places: ").append(String.join(", ", docPlaces.keySet())).append('\n');
        }
        for (Quantity q : d.quantities()) {
            perDocument.append(String.format("  figure: %-40s %s %s%n", "\"" + q.text() + "\"", q.qualifier().code(),
                    q.valueMax() != null ? fmt(q.value()) + "-" + fmt(q.valueMax()) : fmt(q.value())));
        }
        for (Event e : d.events()) {
            types.merge(e.type(), 1, Integer::sum);
            String evidence = e.span().of(d.text()).replace('\n', ' ');
            perDocument.append(String.format("  event: %-15s %-10s %s%n", e.type(), e.date() == null ? "-" : e.date(),
                    evidence.length() > 90 ? evidence.substring(0, 87) + "..." : evidence));
        }
        if (!d.unresolved().isEmpty()) {
            perDocument.append("  unresolved: ");
            d.unresolved().forEach(u -> perDocument.append(u.surface()).append(" (").append(u.reason()).append(") "));
            perDocument.append('\n');
        }
    }

    void print(PrintStream out, int failed) {
        out.print(perDocument);
        out.printf("%nIn all: %d documents (%d failed), %d events, %d figures, %d distinct places%n", documents,
                failed, types.values().stream().mapToInt(Integer::intValue).sum(), quantities, places.size());
        types.forEach((t, n) -> out.printf("  %-16s %d%n", t, n));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.format("%,d", (long) v) : String.valueOf(v);
    }
}
