package org.attest.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.DatePrecision;
import org.attest.model.Span;

/**
 * A running event named by the count of its days: "Day three of the national strike", "on the
 * fifth night of protests". The day the sentence is set in is that count's day; the event itself
 * began the count less one days before, and is dated by that start, as a strike or a sit-in is
 * everywhere else. Words from {@code series-counts.tsv}.
 */
final class SeriesStarts {
    private static final Map<String, Integer> COUNTS = read();

    /**
     * "Day three of the [indefinite national] ", "the 5th night of ", "five days of ": right before
     * the event's word. A count of whole days ("killed in five days of protests") names the run up
     * to the day the sentence is set in, as a day's ordinal does; "the first five days of" does not,
     * nor does "the first of three days of strikes", which tells the run's length, not the days gone.
     */
    private static final Pattern COUNTED = Pattern.compile(
            "(?i)(?:\\bday\\s+(\\p{L}+|\\d{1,3})|\\b(?:the|its|their)\\s+(\\p{L}+|\\d{1,3}(?:st|nd|rd|th))\\s+"
                    + "(?:(?:consecutive|straight)\\s+)?(?:day|night)|(?<!\\bfirst\\s)(?<!\\bof\\s)\\b(\\p{L}+|\\d{1,3})\\s+"
                    + "(?:(?:consecutive|straight)\\s+)?days)\\s+of\\s+(?:(?:the|a|an|their|its)\\s+)?"
                    + "(?:[\\p{L}'’-]+\\s+){0,3}$");
    /** Characters before the event's word its count may start at. */
    private static final int REACH = 80;
    /** Days a run may be counted back. */
    private static final int MAX_COUNT = 400;

    private SeriesStarts() {}

    /** The events, each named by the count of its days dated by the run's first day. */
    static List<DatePass.Dated> started(String text, SpanIndex dateSpans, List<DatePass.Dated> dated) {
        List<DatePass.Dated> out = null;
        for (int i = 0; i < dated.size(); i++) {
            DatePass.Dated d = dated.get(i);
            if (d.date() == null || d.precision() != DatePrecision.DAY || d.date().length() != 10) {
                continue; // only a day can be counted back from: asked first, as the count's scan costs
            }
            int at = d.hit().span().start();
            int n = count(text, at);
            // "the sixth day of the strike" dated from the strike's stated start is a date mention
            // of its own (dates.SeriesDays): what the sentence tells is of that sixth day
            boolean dayFromCount = n > 1 && !dateSpans.inside(new Span(phraseStart(text, at), at)).isEmpty();
            if (n > 1 && !dayFromCount && d.date() != null && d.precision() == DatePrecision.DAY && d.date().length() == 10) {
                String start = LocalDate.parse(d.date()).minusDays(n - 1L).toString();
                out = out == null ? new ArrayList<>(dated) : out;
                out.set(i, new DatePass.Dated(d.hit(), start, DatePrecision.DAY, d.anchor(), d.rule() + " series-start"));
            }
        }
        return out == null ? dated : out;
    }

    /** Where the count phrase right before {@code at} starts; {@code at} when there is none. */
    static int phraseStart(String text, int at) {
        int from = Math.max(0, at - REACH);
        Matcher m = COUNTED.matcher(text.substring(from, at));
        return m.find() ? from + m.start() : at;
    }

    /** The count of days right before {@code at} ("Day three of the "), or 0. */
    static int count(String text, int at) {
        if (!namesDayOrNight(text, Math.max(0, at - REACH), at)) {
            return 0; // most events: no count phrase can stand before them, and the pattern is dear to try
        }
        Matcher m = COUNTED.matcher(text.substring(Math.max(0, at - REACH), at));
        if (!m.find()) {
            return 0;
        }
        String w = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        int n;
        if (Character.isDigit(w.charAt(0))) {
            n = Integer.parseInt(w.replaceAll("\\D", ""));
        } else {
            n = COUNTS.getOrDefault(w, 0);
        }
        return n <= MAX_COUNT ? n : 0;
    }

    /** True when "day" or "night", in any case, stands in {@code text[from, to)}: every count phrase holds one. */
    private static boolean namesDayOrNight(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if ((c == 'd' || c == 'D') && maybe(text, i + 1, 'a') && text.regionMatches(true, i, "day", 0, 3)
                    || (c == 'n' || c == 'N') && maybe(text, i + 1, 'i') && text.regionMatches(true, i, "night", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /**
     * False only when {@code text[i]} is an ASCII character other than {@code lower} in either case,
     * which no case-blind comparison with it can pass: most "d"s and "n"s of a text then cost no
     * {@link String#regionMatches} call. A character beyond ASCII is left to that call.
     */
    private static boolean maybe(String text, int i, char lower) {
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return c >= 0x80 || (c | 0x20) == lower;
    }

    private static Map<String, Integer> read() {
        Map<String, Integer> counts = new HashMap<>();
        for (TsvTable.Row r : TsvTable.parse("series-counts.tsv", EventLexicon.resource("series-counts.tsv"), "word", "count")) {
            counts.put(r.get("word"), Integer.parseInt(r.get("count")));
        }
        return Map.copyOf(counts);
    }
}
