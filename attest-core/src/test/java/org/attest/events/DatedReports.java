package org.attest.events;

import java.time.LocalDate;
import java.util.List;
import org.attest.dates.DateLexicon;
import org.attest.dates.DateStage;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.segment.SentenceSplitter;

/**
 * Invented reports run through the sentence splitter, the dates stage and the events stage, so
 * that the tests of event dates see the dates the stage resolves, not hand-made mentions.
 */
final class DatedReports {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.withDefaults();
    private static final DateStage DATES = new DateStage(DateLexicon.load());

    private DatedReports() {}

    /** The events of a report published on {@code published} (ISO day; null: undated). */
    static List<Event> events(String text, String published) {
        LocalDate p = published == null ? null : LocalDate.parse(published);
        Document d = Document.of("test.txt", "test:", "0", null, p, "en", text, List.of());
        return TestDocs.events(DATES.apply(SPLITTER.apply(d)));
    }

    /** The dates of the events of one type, in order. */
    static List<String> datesOf(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).map(Event::date).toList();
    }

    /**
     * The dates of the events of one type told by {@code paragraph} after an opening arrest in a
     * report of 16 April 2026: the arrest gives the report a story the paragraph can follow on.
     */
    static List<String> afterAnArrest(String paragraph, String type) {
        return datesOf(events("Nine dockers were arrested in Corvan on 2 April.\n\n" + paragraph + "\n", "2026-04-16"), type);
    }
}
