package org.attest.model;

import java.time.LocalDate;
import java.util.List;
import org.attest.internal.Validate;

/**
 * A document and everything found in it so far. Immutable: each pipeline stage returns a new
 * document with its own findings added through one of the {@code with...} methods.
 * All spans are offsets into {@link #text()}.
 *
 * @param name        short name (the file name)
 * @param location    where it came from
 * @param sha256      hex SHA-256 of the raw bytes
 * @param title       the page title, or {@code null}
 * @param published   publication date stated by the document, or {@code null}
 * @param language    ISO 639-1 code ("en", "fa", "ar"), or "und"
 * @param text        the cleaned main text
 * @param boilerplate spans of the text that are captions, bylines or site furniture: kept,
 *                    but not used for event extraction
 * @param sentences   sentence spans, in order
 * @param places      resolved place mentions, in text order
 * @param unresolved  place-like spans the gazetteer could not resolve
 * @param dates       date expressions
 * @param quantities  stated figures, in text order
 * @param events      events, in text order
 * @param checks      consistency findings within the document
 * @param issues      problems met by any stage
 */
public record Document(String name, String location, String sha256, String title, LocalDate published,
                       String language, String text, List<Span> boilerplate, List<Sentence> sentences,
                       List<PlaceMention> places, List<Unresolved> unresolved, List<DateMention> dates,
                       List<Quantity> quantities, List<Event> events, List<Check> checks,
                       List<Issue> issues) {
    public Document {
        Validate.notNull(name, "name");
        Validate.notNull(text, "text");
        boilerplate = BoilerplateSpans.of(boilerplate);
        sentences = List.copyOf(sentences);
        places = List.copyOf(places);
        unresolved = List.copyOf(unresolved);
        dates = List.copyOf(dates);
        quantities = List.copyOf(quantities);
        events = List.copyOf(events);
        checks = List.copyOf(checks);
        issues = List.copyOf(issues);
    }

    /** A document with its text and metadata and nothing found yet. */
    public static Document of(String name, String location, String sha256, String title,
                              LocalDate published, String language, String text, List<Span> boilerplate) {
        return new Document(name, location, sha256, title, published, language, text, boilerplate,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public Document withSentences(List<Sentence> s) {
        return new Document(name, location, sha256, title, published, language, text, boilerplate, s,
                places, unresolved, dates, quantities, events, checks, issues);
    }

    public Document withPlaces(List<PlaceMention> p, List<Unresolved> u) {
        return new Document(name, location, sha256, title, published, language, text, boilerplate, sentences,
                p, u, dates, quantities, events, checks, issues);
    }

    public Document withDates(List<DateMention> d) {
        return new Document(name, location, sha256, title, published, language, text, boilerplate, sentences,
                places, unresolved, d, quantities, events, checks, issues);
    }

    public Document withQuantities(List<Quantity> q) {
        return new Document(name, location, sha256, title, published, language, text, boilerplate, sentences,
                places, unresolved, dates, q, events, checks, issues);
    }

    public Document withEvents(List<Event> e) {
        return new Document(name, location, sha256, title, published, language, text, boilerplate, sentences,
                places, unresolved, dates, quantities, e, checks, issues);
    }

    public Document withChecks(List<Check> c) {
        return new Document(name, location, sha256, title, published, language, text, boilerplate, sentences,
                places, unresolved, dates, quantities, events, c, issues);
    }

    public Document withIssue(Issue issue) {
        List<Issue> all = new java.util.ArrayList<>(issues);
        all.add(issue);
        return new Document(name, location, sha256, title, published, language, text, boilerplate, sentences,
                places, unresolved, dates, quantities, events, checks, all);
    }

    /**
     * True when the span lies inside a boilerplate span (caption, byline, site furniture): a binary
     * search in the spans' index ({@link BoilerplateSpans}), as it is asked per sentence, event and figure.
     */
    public boolean inBoilerplate(Span span) {
        return ((BoilerplateSpans) boilerplate).anyContains(span);
    }
}
