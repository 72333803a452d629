package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Event;
import org.attest.model.PlaceMention;
import org.attest.model.Sentence;
import org.attest.model.Span;

/**
 * A list of incidents, one a line, each opening with its place and day and a colon, under a line
 * that introduces it and ends with a colon ("Deaths reported by our correspondents since October:"
 * then "Sylhet, 11 October: a man held by Detective Branch police"): rights groups and monitors
 * print their records so. Each line is an incident of its own, though it holds no trigger word: its
 * type is the one the introducing line names ({@code incident-list-*} word lists: "deaths" a
 * killing, "arrests" an arrest, "incidents" an {@code other}), its date the line's day, its places
 * the line's. A line that already gives an event keeps it; a line whose type and day the report
 * has told already (the lead's death, listed again at the end) is that event told again. An
 * introducing line that names no type of the lists gives the lines none.
 */
final class IncidentLists {
    /** Types an introducing line may name, in the order their word lists are asked. */
    private static final List<String> TYPES = List.of("killing", "execution", "arrest", "attack", "protest", "other");
    private static final List<Set<String>> WORDS = TYPES.stream().map(t -> WordSets.named("incident-list-" + t)).toList();
    /** A place name opening a line, up to its comma: capitalised words. */
    private static final Pattern OPENING = Pattern.compile("\\p{Lu}[\\p{L}'.\\- ]{0,40}?, ");
    static final String RULE = "incident list";

    private IncidentLists() {}

    /**
     * The events with one more for each listed incident the report has not told; never null.
     *
     * @param text      the document's text
     * @param sentences the document's sentences, in text order
     * @param dates     its date mentions
     * @param places    its place mentions, which an event's places index
     * @param events    the events found so far, in text order
     */
    static List<Event> add(String text, List<Sentence> sentences, List<DateMention> dates, List<PlaceMention> places,
            List<Event> events) {
        List<Event> out = null;
        String type = null;
        for (int i = 0; i < sentences.size(); i++) {
            Span span = SentenceSpans.clip(sentences.get(i).span(), text.length());
            DateMention day = listedDay(text, span, dates);
            if (day == null) {
                type = null;
                continue;
            }
            if (type == null) { // the first line of a list: the line before introduces it
                type = i == 0 ? null : introduced(text, SentenceSpans.clip(sentences.get(i - 1).span(), text.length()));
                if (type == null) {
                    type = "";
                }
            }
            if (type.isEmpty() || given(events, span) || told(events, type, day.value())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(events);
            }
            out.add(new Event(type, day.value(), day.precision(), placesIn(places, span), List.of(), List.of(), null, span,
                    type + ":" + RULE));
        }
        if (out == null) {
            return events;
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return List.copyOf(out);
    }

    /** The day of a line opening "Place, day:", or null. */
    static DateMention listedDay(String text, Span span, List<DateMention> dates) {
        int lead = span.start();
        while (lead < span.end() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        // the opening must start at the line's first letter: tried there alone, not searched for
        // along the line (the pattern looks neither behind nor past the region)
        Matcher m = OPENING.matcher(text).region(lead, span.end());
        if (!m.lookingAt()) {
            return null;
        }
        int at = m.end();
        for (DateMention d : dates) {
            if (d.span().start() == at && d.precision() == DatePrecision.DAY && d.value() != null) {
                int colon = d.span().end();
                while (colon < span.end() && text.charAt(colon) == ' ') {
                    colon++;
                }
                return colon < span.end() && text.charAt(colon) == ':' ? d : null;
            }
        }
        return null;
    }

    /** The type an introducing line ending with a colon names, or null. */
    static String introduced(String text, Span span) {
        String line = span.of(text).strip();
        if (!line.endsWith(":")) {
            return null;
        }
        for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\-]+")) {
            for (int t = 0; t < TYPES.size(); t++) {
                if (WORDS.get(t).contains(w)) {
                    return TYPES.get(t);
                }
            }
        }
        return null;
    }

    private static boolean given(List<Event> events, Span span) {
        for (Event e : events) {
            if (e.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private static boolean told(List<Event> events, String type, String day) {
        for (Event e : events) {
            if (e.type().equals(type) && day.equals(e.date())) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> placesIn(List<PlaceMention> places, Span span) {
        List<Integer> in = new ArrayList<>();
        for (int p = 0; p < places.size(); p++) {
            Span s = places.get(p).span();
            if (s.start() >= span.start() && s.end() <= span.end()) {
                in.add(p);
            }
        }
        return in;
    }
}
