package org.attest.checks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Quantity;
import org.attest.model.Span;

/**
 * What the cross-document checks keep of one document, so that neither its text nor its
 * signatures need stay in memory (the LSH indexes keep the signatures they may still compare):
 * its publisher, the spans of its paragraphs, its claims and its dated, placed events.
 */
record Digest(long id, String name, String publisher, List<Span> paragraphs, List<Claim> claims,
              List<EventKey> events) {

    /**
     * A figure cited by a dated event.
     *
     * @param quantity  the figure
     * @param paragraph index into {@link Digest#paragraphs()} of the paragraph holding it, or -1
     * @param quote     the event's evidence sentence
     */
    record Claim(String unit, String type, String scope, String window, Quantity quantity, int paragraph,
                 String quote) {
        /** Unit class, event type, scope and time window joined: what makes claims comparable. */
        String key() {
            return unit + "|" + type + "|" + scope + "|" + window;
        }
    }

    /** An event dated to the day at a town or province: the keys it may be merged on. */
    record EventKey(int index, String type, String date, List<String> placeKeys, List<String> placeNames, Span span,
                    String quote) {}

    /**
     * @param paragraphs the spans of the document's paragraphs ({@link Paragraphs#spans()})
     * @param strings    the run's pool, which keeps one copy of the strings digests share
     */
    static Digest of(CorpusDocument cd, List<Span> paragraphs, CheckLexicon lexicon, StringPool strings) {
        Document doc = cd.document();
        String text = doc.text();
        String mainCountry = mainCountry(doc);
        List<Claim> claims = new ArrayList<>();
        List<EventKey> events = new ArrayList<>();
        for (int i = 0; i < doc.events().size(); i++) {
            Event e = doc.events().get(i);
            if (e.date() == null || doc.inBoilerplate(e.span())) {
                continue;
            }
            String quote = e.span().of(text);
            List<PlaceMention> places = new ArrayList<>();
            e.places().stream().filter(p -> p >= 0 && p < doc.places().size()).forEach(p -> places.add(doc.places().get(p)));
            String window = strings.of(e.date().length() >= 7 && e.datePrecision() != DatePrecision.YEAR
                    ? e.date().substring(0, 7) : e.date().substring(0, Math.min(4, e.date().length())));
            String scope = strings.of(scope(places, mainCountry));
            String type = strings.of(e.type());
            for (int q : e.quantities()) {
                if (q < 0 || q >= doc.quantities().size()) {
                    continue;
                }
                Quantity quantity = doc.quantities().get(q);
                String unit = lexicon.unitClass(quantity.unit());
                if (unit == null) {
                    continue;
                }
                claims.add(new Claim(strings.of(unit), type, scope, window, quantity,
                        paragraphOf(paragraphs, quantity.span()), quote));
            }
            List<String> keys = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (PlaceMention p : places) {
                if ((p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.PROVINCE) && !keys.contains(Figures.key(p))) {
                    keys.add(strings.of(Figures.key(p)));
                    names.add(strings.of(p.name()));
                }
            }
            if (e.datePrecision() == DatePrecision.DAY && !keys.isEmpty()) {
                events.add(new EventKey(i, type, strings.of(e.date()), List.copyOf(keys), names, e.span(),
                        quote));
            }
        }
        return new Digest(cd.id(), cd.name(), strings.of(cd.publisher()), paragraphs, List.copyOf(claims),
                List.copyOf(events));
    }

    /** One named town, else the country of the event's places, else the document's main country. */
    private static String scope(List<PlaceMention> places, String mainCountry) {
        List<PlaceMention> towns = places.stream().filter(p -> p.kind() == PlaceKind.CITY).toList();
        if (towns.size() == 1) {
            return towns.get(0).name() + ", " + towns.get(0).country();
        }
        return places.stream().map(PlaceMention::country).filter(c -> c != null).findFirst()
                .orElse(mainCountry == null ? "?" : mainCountry);
    }

    private static String mainCountry(Document doc) {
        Map<String, Integer> n = new HashMap<>();
        doc.places().forEach(p -> {
            if (p.country() != null) {
                n.merge(p.country(), 1, Integer::sum);
            }
        });
        return n.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);
    }

    private static int paragraphOf(List<Span> paragraphs, Span span) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).contains(span)) {
                return i;
            }
        }
        return -1;
    }
}
