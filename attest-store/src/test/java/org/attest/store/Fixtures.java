package org.attest.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.attest.model.Check;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.Issue;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;
import org.attest.model.Unresolved;

/** Hand-made documents with every kind of span, for the store and export tests. */
public final class Fixtures {
    public static final long SHIRAZ = 115019;
    public static final long TEHRAN = 112931;
    public static final long TABRIZ = 113646;
    public static final long ZAHEDAN = 1159301;
    public static final long PARIS = 2988507;

    public static final String MAY_TEXT = "Protesters gathered in Shiraz and Tehran on May 14, 2021. Over 310 areas joined. "
            + "Police arrested 20 people in Tabriz in May. Fars was calm, said a \"witness\". Chaboksar too.";

    private Fixtures() {}

    /** A report from Iran: a protest (day), an arrest (month), an undated statement. */
    public static Document mayReport() {
        String t = MAY_TEXT;
        List<PlaceMention> places = List.of(
                city(t, "Shiraz", SHIRAZ, "IR", "Fars", 29.6104, 52.5311),
                city(t, "Tehran", TEHRAN, "IR", "Tehran", 35.6944, 51.4215),
                city(t, "Tabriz", TABRIZ, "IR", "East Azerbaijan", 38.0800, 46.2919),
                new PlaceMention("Fars", span(t, "Fars"), null, "Fars", PlaceKind.PROVINCE, "IR", "Fars",
                        null, null, 0.8, "province-name"));
        List<Quantity> quantities = List.of(
                new Quantity("Over 310 areas", span(t, "Over 310 areas"), 310, null, Qualifier.MORE_THAN, "areas",
                        "areas that joined", "number-noun"),
                new Quantity("20 people", span(t, "20 people"), 20, null, Qualifier.EXACT, "people",
                        "people arrested", "number-noun"));
        List<Event> events = List.of(
                new Event("protest", "2021-05-14", DatePrecision.DAY, List.of(0, 1), List.of(0),
                        List.of("Protesters", "Resistance Units"), "PMOI/MEK", sentence(t, 0), "gathered"),
                new Event("arrest", "2021-05", DatePrecision.MONTH, List.of(2), List.of(1), List.of("Police"),
                        null, sentence(t, 2), "arrested"),
                new Event("statement", null, DatePrecision.UNKNOWN, List.of(), List.of(), List.of(), "a witness",
                        sentence(t, 3), "said"));
        Document d = base("may.html", "https://example.org/news/may", "MEK: protests in May",
                LocalDate.of(2021, 6, 1), t);
        // the last sentence is site furniture
        return new Document(d.name(), d.location(), d.sha256(), d.title(), d.published(), d.language(), d.text(),
                List.of(sentence(t, 4)), d.sentences(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of())
                .withPlaces(places, List.of(new Unresolved("Chaboksar", span(t, "Chaboksar"), "not in gazetteer")))
                .withDates(List.of(new DateMention("May 14, 2021", span(t, "May 14, 2021"), "2021-05-14",
                        DatePrecision.DAY, false, "month-day-year")))
                .withQuantities(quantities)
                .withEvents(events)
                .withChecks(List.of(new Check("claimed_vs_listed", Map.of("claimed", 310, "listed_unique", 3),
                        "310 areas claimed, 3 listed", List.of(quantities.get(0).span(), sentence(t, 0)))))
                .withIssue(new Issue("dates", "ambiguous \"in May\""));
    }

    public static final String AUTUMN_TEXT = "Security forces killed 66 people in Zahedan on September 30, 2022. "
            + "Thousands rallied in Paris, France, in October, \"in solidarity\".";

    /** A second report: a killing in Zahedan, a rally in Paris; evidence with commas and quotes. */
    public static Document autumnReport() {
        String t = AUTUMN_TEXT;
        List<PlaceMention> places = List.of(
                city(t, "Zahedan", ZAHEDAN, "IR", "Sistan and Baluchestan", 29.4963, 60.8629),
                city(t, "Paris", PARIS, "FR", "Île-de-France", 48.8534, 2.3488));
        List<Quantity> quantities = List.of(
                new Quantity("66 people", span(t, "66 people"), 66, null, Qualifier.EXACT, "people", "people killed",
                        "number-noun"),
                new Quantity("Thousands", span(t, "Thousands"), 1000, null, Qualifier.VAGUE, null, "people rallying",
                        "vague-word"));
        List<Event> events = List.of(
                new Event("killing", "2022-09-30", DatePrecision.DAY, List.of(0), List.of(0),
                        List.of("Security forces"), null, sentence(t, 0), "killed"),
                new Event("rally", "2022-10", DatePrecision.MONTH, List.of(1), List.of(1), List.of(), null,
                        sentence(t, 1), "rallied"));
        return base("autumn.txt", "file:corpus/autumn.txt", null, LocalDate.of(2022, 10, 5), t)
                .withPlaces(places, List.of())
                .withQuantities(quantities)
                .withEvents(events);
    }

    /** The same location as {@link #mayReport()} with other bytes: one protest only. */
    public static Document mayReportCorrected() {
        String t = "Protesters gathered in Shiraz on May 15, 2021.";
        return base("may.html", "https://example.org/news/may", "MEK: protests in May (corrected)",
                LocalDate.of(2021, 6, 2), t)
                .withPlaces(List.of(city(t, "Shiraz", SHIRAZ, "IR", "Fars", 29.6104, 52.5311)), List.of())
                .withEvents(List.of(new Event("protest", "2021-05-15", DatePrecision.DAY, List.of(0), List.of(),
                        List.of("Protesters"), null, new Span(0, t.length()), "gathered")));
    }

    /**
     * A generated document, the same for the same {@code n}: {@code size} places, quantities and
     * events, so that a killed writer is likely to die inside its transaction.
     */
    public static Document generated(int n, int size) {
        StringBuilder sb = new StringBuilder();
        List<PlaceMention> places = new ArrayList<>();
        List<Quantity> quantities = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int start = sb.length();
            String town = "Town" + n + "x" + i;
            sb.append(town).append(" saw ").append(i + 10).append(" protesters. ");
            places.add(new PlaceMention(town, new Span(start, start + town.length()), 1_000_000L + i, town,
                    PlaceKind.CITY, "IR", "Province" + (i % 5), 30.0 + i * 0.01, 50.0 + i * 0.01, 0.9, "generated"));
            int q = start + town.length() + 5;
            String qText = (i + 10) + " protesters";
            quantities.add(new Quantity(qText, new Span(q, q + qText.length()), i + 10, null, Qualifier.EXACT,
                    "protesters", "protesters", "generated"));
            events.add(new Event("protest", "2021-05-" + String.format("%02d", 1 + i % 28), DatePrecision.DAY,
                    List.of(i), List.of(i), List.of("protesters"), null, new Span(start, sb.length()), "saw"));
        }
        String text = sb.toString();
        return base("gen-" + n + ".txt", "file:gen/" + n + ".txt", "Generated " + n, LocalDate.of(2021, 6, 1), text)
                .withPlaces(places, List.of())
                .withQuantities(quantities)
                .withEvents(events);
    }

    private static Document base(String name, String location, String title, LocalDate published, String text) {
        Document d = Document.of(name, location, sha256(location + "\n" + text), title, published, "en", text,
                List.of());
        return d.withSentences(sentences(text));
    }

    /** Sentences end at ". " in these texts. */
    public static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                out.add(new Sentence(new Span(start, i + 1), 0, false));
                start = i + 2;
            }
        }
        return out;
    }

    public static Span sentence(String text, int index) {
        return sentences(text).get(index).span();
    }

    public static Span span(String text, String part) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException(part + " is not in the text");
        }
        return new Span(at, at + part.length());
    }

    private static PlaceMention city(String t, String name, long id, String country, String admin1, double lat,
                                     double lon) {
        return new PlaceMention(name, span(t, name), id, name, PlaceKind.CITY, country, admin1, lat, lon, 0.95,
                "unique-name");
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
