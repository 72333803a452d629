package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attest.model.DateMention;
import org.attest.model.Event;
import org.attest.model.Span;

/**
 * "The ministry said at the time that police had foiled a plot": "at the time" points back to
 * the time of the act the report told last ("most of the dockers were arrested in early 2023"), which
 * a paragraph of quotes may stand between. A sentence with no date of its own would otherwise take
 * the lead's or the publication's date, which is the one thing "at the time" says it is not. So its
 * events take the date of the nearest event before them that is earlier than the date they were
 * given. "At the time of his arrest" names the time by what follows, and is left alone; so is any
 * sentence with a date of its own.
 */
final class ThenMarkers {
    /** Determiners between "at" and "time": "at the time", "at that time". */
    private static final Set<String> DETERMINERS = WordSets.named("then-determiners");
    /** Words right after the phrase that name the time themselves: "at the time of his arrest". */
    private static final Set<String> NAMED_AFTER = WordSets.named("then-named-after");

    private ThenMarkers() {}

    /** The events, with those of an undated "at the time" sentence dated by the event before them; never null. */
    static List<Event> redate(String text, List<DateMention> dates, List<Event> events) {
        List<Event> out = null;
        for (int i = 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.date() == null || !mentionsTime(text, e.span()) || !pointsBack(e.span().of(text)) || dated(dates, e)) {
                continue;
            }
            Event before = earlier(out == null ? events : out, i, e);
            if (before == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(events);
            }
            out.set(i, e.withDate(before.date(), before.datePrecision()));
        }
        return out == null ? events : List.copyOf(out);
    }

    /** The nearest event before index {@code i}, in an earlier sentence, dated before {@code e}; or null. */
    private static Event earlier(List<Event> events, int i, Event e) {
        for (int j = i - 1; j >= 0; j--) {
            Event b = events.get(j);
            if (b.span().start() >= e.span().start() || b.span().equals(e.span())) {
                continue;
            }
            if (b.date() == null) {
                continue;
            }
            // the nearest told act decides: one of the same time or later tells no earlier time
            return b.date().compareTo(e.date()) < 0 && !e.date().startsWith(b.date()) ? b : null;
        }
        return null;
    }

    private static boolean dated(List<DateMention> dates, Event e) {
        for (DateMention m : dates) {
            if (m.value() != null && m.span().overlaps(e.span())) {
                return true;
            }
        }
        return false;
    }

    /** True when "time" stands in the span, in any case: asked before a sentence is split into words, as few hold it. */
    private static boolean mentionsTime(String text, Span span) {
        for (int i = span.start(); i + 4 <= span.end(); i++) {
            // only 't' and 'T' match a 't' ignoring case: the other letters are compared at those alone
            char c = text.charAt(i);
            if ((c == 't' || c == 'T') && text.regionMatches(true, i, "time", 0, 4)) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence holds "at the time" or "at that time" not followed by what names it. */
    static boolean pointsBack(String sentence) {
        String[] w = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+");
        for (int k = 0; k + 2 < w.length; k++) {
            if (w[k].equals("at") && DETERMINERS.contains(w[k + 1]) && w[k + 2].equals("time")
                    && (k + 3 >= w.length || !NAMED_AFTER.contains(w[k + 3]))) {
                return true;
            }
        }
        return false;
    }
}
