package org.attest.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * Builds test documents by hand: paragraphs of sentences joined into one text, and date, place
 * and quantity mentions found by substring (the n-th occurrence when a substring repeats).
 */
final class TestDocs {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<PlaceMention> places = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<Span> captions = new ArrayList<>();
    private LocalDate published;
    private String title;
    private int paragraph = -1;

    /** One events stage for the tests that only run it: loading the lexicon once is enough. */
    private static final EventStage STAGE = new EventStage(EventLexicon.load());

    /** The events the stage finds in a document. */
    static List<Event> events(Document d) {
        return STAGE.apply(d).events();
    }

    /** The evidence sentences of the document's events of this type, in order. */
    static List<String> sentencesOf(Document d, String type) {
        return events(d).stream().filter(e -> e.type().equals(type))
                .map(e -> d.text().substring(e.span().start(), e.span().end())).toList();
    }

    /** The types of the events the stage finds in a one-sentence document. */
    static List<String> types(String sentence) {
        return events(sentence(sentence)).stream().map(Event::type).toList();
    }

    static TestDocs doc() {
        return new TestDocs();
    }

    /** A one-sentence document. */
    static Document sentence(String s) {
        return doc().paragraph(s).build();
    }

    TestDocs published(String iso) {
        published = LocalDate.parse(iso);
        return this;
    }

    /** The document's title (as the page's metadata gives it). */
    TestDocs title(String t) {
        title = t;
        return this;
    }

    /** A new paragraph holding these sentences. */
    TestDocs paragraph(String... ss) {
        return add(false, ss);
    }

    /** A new paragraph that is a caption (marked as boilerplate, as the cleaner marks captions). */
    TestDocs caption(String s) {
        add(false, s);
        captions.add(sentences.get(sentences.size() - 1).span());
        return this;
    }

    /** A new paragraph that is a heading. */
    TestDocs heading(String s) {
        return add(true, s);
    }

    /** A new paragraph of bulleted lines ("- item"), one sentence a line, as a key-points box is printed. */
    TestDocs bulleted(String... items) {
        paragraph++;
        if (text.length() > 0) {
            text.append("\n\n");
        }
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                text.append('\n');
            }
            int start = text.length();
            text.append("- ").append(items[i]);
            sentences.add(new Sentence(new Span(start, text.length()), paragraph, false));
        }
        return this;
    }

    private TestDocs add(boolean heading, String... ss) {
        paragraph++;
        if (text.length() > 0) {
            text.append("\n\n");
        }
        for (int i = 0; i < ss.length; i++) {
            if (i > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(ss[i]);
            sentences.add(new Sentence(new Span(start, text.length()), paragraph, heading));
        }
        return this;
    }

    TestDocs date(String surface, String value, DatePrecision precision) {
        dates.add(new DateMention(surface, span(surface, countOf(dates.stream().map(DateMention::text).toList(), surface)),
                value, precision, false, "test"));
        return this;
    }

    TestDocs place(String surface, long geonameid) {
        places.add(new PlaceMention(surface, span(surface, countOf(places.stream().map(PlaceMention::surface).toList(), surface)),
                geonameid, surface, PlaceKind.CITY, "XX", null, null, null, 1.0, "test"));
        return this;
    }

    /** A town of the given country (the plain {@link #place} towns are all of country "XX"). */
    TestDocs place(String surface, long geonameid, String country) {
        places.add(new PlaceMention(surface, span(surface, countOf(places.stream().map(PlaceMention::surface).toList(), surface)),
                geonameid, surface, PlaceKind.CITY, country, null, null, null, 1.0, "test"));
        return this;
    }

    TestDocs quantity(String surface, double value) {
        quantities.add(new Quantity(surface, span(surface, countOf(quantities.stream().map(Quantity::text).toList(), surface)),
                value, null, Qualifier.EXACT, null, null, "test"));
        return this;
    }

    /** A quantity with its counted noun ("people" of "4,000 people"). */
    TestDocs quantity(String surface, double value, String unit) {
        quantities.add(new Quantity(surface, span(surface, countOf(quantities.stream().map(Quantity::text).toList(), surface)),
                value, null, Qualifier.EXACT, unit, null, "test"));
        return this;
    }

    Document build() {
        String t = text.toString();
        return Document.of("test.txt", "test:", "0", title, published, "en", t, captions)
                .withSentences(sentences)
                .withPlaces(sortBy(places, PlaceMention::span), List.of())
                .withDates(sortBy(dates, DateMention::span))
                .withQuantities(sortBy(quantities, Quantity::span));
    }

    private static <T> List<T> sortBy(List<T> items, java.util.function.Function<T, Span> span) {
        List<T> copy = new ArrayList<>(items);
        copy.sort((a, b) -> span.apply(a).compareTo(span.apply(b)));
        return copy;
    }

    private static int countOf(List<String> seen, String s) {
        return (int) seen.stream().filter(s::equals).count();
    }

    /** The span of the n-th (from 0) occurrence of {@code s}. */
    private Span span(String s, int n) {
        int at = -1;
        for (int k = 0; k <= n; k++) {
            at = text.indexOf(s, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("not in text: " + s);
            }
        }
        return new Span(at, at + s.length());
    }
}
