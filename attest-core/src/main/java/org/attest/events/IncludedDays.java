package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attest.model.DateMention;
import org.attest.model.Event;

/**
 * A running tally with a dated part: "the state has executed more than 900 people since 2016,
 * including 40 in a single day in May 2023", "500 have been killed since October,
 * including 12 on Monday". The stretch since its start is a count, and the act the sentence
 * tells on a day is the part "including" names; so an event the stretch's start dated takes the
 * included part's date when that is later. Only a date after "since" is replaced, and only by a
 * date that stands after "including" in the same sentence with no clause end between.
 */
final class IncludedDays {
    /** Words right before a date that open a stretch: "since". */
    private static final Set<String> STARTS = WordSets.named("included-stretch-starts");
    /** Words that open the dated part of the tally: "including". */
    private static final Set<String> PARTS = WordSets.named("included-part-openers");

    private IncludedDays() {}

    /** The events, with a stretch's event dated by its included part where the sentence gives one; never null. */
    static List<Event> redate(String text, List<DateMention> dates, List<Event> events) {
        List<Event> out = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            DateMention part = e.date() == null ? null : includedPart(text, dates, e);
            if (part == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(events);
            }
            out.set(i, e.withDate(part.value(), part.precision()));
        }
        return out == null ? events : List.copyOf(out);
    }

    /** The date of the included part when the event's date is that of a "since" in its sentence, or null. */
    private static DateMention includedPart(String text, List<DateMention> dates, Event e) {
        DateMention start = null;
        for (DateMention m : dates) {
            if (m.value() == null || !inside(m, e)) {
                continue;
            }
            if (start == null) {
                if (m.value().equals(e.date()) && STARTS.contains(lastWord(text, e.span().start(), m.span().start()))) {
                    start = m;
                }
                continue;
            }
            String between = text.substring(start.span().end(), m.span().start());
            if (between.contains(".") || between.contains(";")) {
                return null;
            }
            if (hasWord(between, PARTS) && m.value().compareTo(start.value()) > 0 && !m.value().startsWith(start.value())) {
                return m;
            }
        }
        return null;
    }

    private static boolean inside(DateMention m, Event e) {
        return m.span().start() >= e.span().start() && m.span().end() <= e.span().end();
    }

    /** The last word of the text between {@code from} and {@code to}, lower-cased, or "". */
    private static String lastWord(String text, int from, int to) {
        int end = to; // walked back in place: asked of nearly every dated event, so no copy of the sentence
        while (end > from && !Character.isLetter(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        int start = end;
        while (start > from && Character.isLetter(text.codePointBefore(start))) {
            start -= Character.charCount(text.codePointBefore(start));
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean hasWord(String s, Set<String> words) {
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
