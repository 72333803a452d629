package org.attest.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Span;

/**
 * Days counted within a series of events: "on the fifth day of the protests", "as the strike
 * entered its 11th consecutive day". Such a phrase names a day only when the text states when
 * the series began ("the protests, which began on December 28, 2017, ..."): day N is that day
 * plus N - 1. Without a stated start the phrase is no date at all: the report's own day is not
 * the first day of anything. Words from {@code series-days.txt}.
 */
final class SeriesDays {
    /** The rule of a mention this class adds. */
    static final String RULE = "series-day+started";

    private static final Map<String, Integer> ORDINALS = new HashMap<>();
    private static final List<String> STARTS = new ArrayList<>();
    private static final List<String> RUN_AFTER = new ArrayList<>();
    private static final List<String> RUN_BEFORE = new ArrayList<>();
    private static final List<String> OPENERS = new ArrayList<>();
    private static final java.util.Set<String> SERIES_NOUNS = new java.util.HashSet<>();

    static {
        for (String line : DateLexicon.lines("series-days.txt")) {
            String[] f = line.split("\\|");
            if (f[0].equals("start")) {
                STARTS.add(f[1]);
            } else if (f[0].equals("run-after")) {
                RUN_AFTER.add(Pattern.quote(f[1]));
            } else if (f[0].equals("run-before")) {
                RUN_BEFORE.add(Pattern.quote(f[1]));
            } else if (f[0].equals("opener")) {
                OPENERS.add(" " + f[1] + " ");
            } else if (f[0].equals("series-noun")) {
                SERIES_NOUNS.add(f[1]);
            } else if (f[0].equals("ordinal")) {
                ORDINALS.put(f[1], Integer.parseInt(f[2]));
            }
        }
    }

    /** A run of days up to now: "for the third day in a row", "a fourth straight night" (see {@link #tellsRun}). */
    private static final Pattern RUN = Pattern.compile("(?i)\\b(?:(?:day|night)s?\\s+(?:" + String.join("|", RUN_AFTER)
            + ")|(?:" + String.join("|", RUN_BEFORE) + ")\\s+(?:day|night)s?)\\b");

    /**
     * True when [{@code from}, {@code to}) tells an act repeated day after day up to now ("steel
     * workers marched for the third day in a row"): told without a day of its own, it is the
     * report's news, not the day the paragraph before told.
     */
    static boolean tellsRun(String text, int from, int to) {
        return RUN.matcher(text).region(from, to).find();
    }

    /** "the fifth day", "its 11th consecutive day": a determiner, an ordinal, maybe "consecutive", "day". */
    private static final Pattern DAY_OF_SERIES = Pattern.compile(
            "(?i)\\b(?:the|its|their)\\s+(\\p{L}+|\\d{1,3}(?:st|nd|rd|th))\\s+(?:(?:consecutive|straight)\\s+)?day\\b(?!s)");
    /** Characters before a start day that may hold its verb: "which began on ". */
    private static final int START_REACH = 16;
    /** Characters before a "day" that its phrase may start at: "their eleventh consecutive day". */
    private static final int PHRASE_REACH = 80;
    /** Characters before a counted day an opener may stand at: a few paragraphs, not the whole report. */
    private static final int OPENER_REACH = 1500;
    /** Days a series may run and still be counted this way. */
    private static final int MAX_DAY = 60;

    private SeriesDays() {}

    /**
     * The mentions with a mention added for each day of a series whose start the text told
     * before it; a phrase overlapping a mention is left alone.
     *
     * @param text     the document's text
     * @param mentions the stage's mentions, in text order
     */
    static List<DateMention> add(String text, List<DateMention> mentions) {
        List<DateMention> out = null;
        LowerCase lower = new LowerCase(text);
        Matcher m = DAY_OF_SERIES.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int lastEnd = 0;
        char[] chars = text.toCharArray(); // read whole: cheaper from an array than by charAt of the string
        for (int day = nextDay(chars, 0); day >= 0; day = nextDay(chars, day + 1)) {
            // the pattern ends in "day": run it only over the few words before each one
            m.region(Math.max(lastEnd, day - PHRASE_REACH), day + 3);
            while (m.find()) {
                lastEnd = m.end();
                DateMention mention = mention(text, m, mentions, lower);
                if (mention != null) {
                    out = out == null ? new ArrayList<>(mentions) : out;
                    out.add(mention);
                }
            }
        }
        if (out == null) {
            return mentions;
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** The day a match of {@link #DAY_OF_SERIES} names, when the text told the series' start before it. */
    private static DateMention mention(String text, Matcher m, List<DateMention> mentions, LowerCase lower) {
        Integer n = ordinal(m.group(1));
        if (n == null || n < 1 || n > MAX_DAY || overlapsAny(m.start(), m.end(), mentions)) {
            return null;
        }
        DateMention start = startBefore(text, m.start(), mentions, lower);
        if (start == null) {
            return null;
        }
        String day = LocalDate.parse(start.value()).plusDays(n - 1L).toString();
        return new DateMention(m.group(), new Span(m.start(), m.end()), day, DatePrecision.DAY, true, RULE);
    }

    /** Where the next "day" (any case) after white space starts, from {@code from}; -1 when none. */
    private static int nextDay(char[] text, int from) {
        for (int i = Math.max(from, 1); i + 3 <= text.length; i++) {
            if ((text[i] | 0x20) == 'd' && (text[i + 1] | 0x20) == 'a' && (text[i + 2] | 0x20) == 'y'
                    && " \t\n\u000B\f\r".indexOf(text[i - 1]) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Integer ordinal(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w.substring(0, w.length() - 2));
        }
        return ORDINALS.get(w);
    }

    /**
     * The last day before {@code at} that a start verb stands right before ("began on December 28"),
     * or, when a later sentence says an event opened the series ("The march opened the congress"),
     * the last day told before that sentence: the series began the day its opening event did.
     */
    private static DateMention startBefore(String text, int at, List<DateMention> mentions, LowerCase lower) {
        int opener = openerBefore(text, at, lower);
        DateMention found = null;
        DateMention beforeOpener = null;
        for (DateMention d : mentions) {
            if (d.span().start() >= at) {
                break;
            }
            if (d.value() == null || d.precision() != DatePrecision.DAY) {
                continue;
            }
            if (afterStartVerb(text, d.span().start())) {
                found = d;
            }
            if (d.span().start() < opener) {
                beforeOpener = d;
            }
        }
        if (beforeOpener != null && (found == null || found.span().start() < opener)
                && !dateInSentenceOf(text, opener, beforeOpener)) {
            return beforeOpener;
        }
        return found;
    }

    /**
     * Where the last opener phrase before {@code at} starts whose object is a series: a name
     * ("opened the Free Voices Forum") or a series noun ("opened the congress"), not "opened the
     * gates"; -1 when none.
     *
     * <p>The offsets are those of the lower case of the text before {@code at}, as they always
     * were: after an "İ" (two chars in lower case) they run ahead of the text's. Only the last
     * occurrence of each opener counts, and only at or after {@code at - OPENER_REACH}: it is
     * searched back from {@code at} to there in the text lower-cased once ({@link LowerCase}),
     * where lower-casing the text before every counted day, and searching it to its start, grew
     * with the square of the text's length.
     */
    private static int openerBefore(String text, int at, LowerCase lower) {
        int best = -1;
        int from = Math.max(0, at - OPENER_REACH);
        int end = lower.offsetOf(at);
        for (String opener : OPENERS) {
            int i = lower.lastIndexOf(opener, end, from);
            if (i >= 0 && i > best && namesSeries(text, i + opener.length(), at)) {
                best = i;
            }
        }
        return best;
    }

    /** True when the word at {@code from} (read up to {@code limit}) is a name or a series noun. */
    private static boolean namesSeries(String text, int from, int limit) {
        int end = from;
        while (end < limit && Character.isLetter(text.charAt(end))) {
            end++;
        }
        if (end == from) {
            return false;
        }
        return Character.isUpperCase(text.charAt(from))
                || SERIES_NOUNS.contains(text.substring(from, end).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * True when {@code d} stands in the opener's own sentence. A day there may name something
     * else ("After the 3 May vote, a march opened the congress"), so only a day from an earlier
     * sentence, the scene the opener sentence continues, is taken.
     */
    private static boolean dateInSentenceOf(String text, int opener, DateMention d) {
        for (int i = d.span().end(); i < opener; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean afterStartVerb(String text, int start) {
        String before = text.substring(Math.max(0, start - START_REACH), start).toLowerCase(java.util.Locale.ROOT).stripTrailing();
        if (before.endsWith(" on")) {
            before = before.substring(0, before.length() - 3);
        }
        for (String verb : STARTS) {
            if (before.endsWith(" " + verb)) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsAny(int start, int end, List<DateMention> mentions) {
        for (DateMention d : mentions) {
            if (d.span().start() < end && start < d.span().end()) {
                return true;
            }
        }
        return false;
    }
}
