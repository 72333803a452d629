package org.attest.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * One night told by the two days it spans: "on Wednesday night and early Thursday", "late on
 * Friday and into the early hours of Saturday". What happened through that night began on the
 * first day, and reports date it so; the second day, only the night's small hours, takes the
 * first's date, so an event told with the pair is not dated a day late by the nearer word. A
 * relative night the day after it names ("overnight on Sunday") is that day's night too.
 */
final class NightIntoDay {
    /** The rule suffix of a mention this class moves. */
    static final String RULE = "+night-into";

    /** The words between the two days: "night and early", "and into the early hours of". */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?i)\\s+(?:(?:night|evening)\\s+)?(?:and|into|and\\s+into)\\s+(?:the\\s+)?early\\s+(?:hours\\s+of\\s+|on\\s+)?(?:the\\s+)?");

    /** The rule suffix of a relative night that the day after it names ("overnight on Sunday"). */
    static final String NAMED = "+night-named";

    /** Between a relative night and the day that names it: "overnight on Sunday". */
    private static final Pattern ON = Pattern.compile("(?i)\\s+on\\s+");

    private NightIntoDay() {}

    /** The mentions, each second day of such a pair given the first day's date; in text order. */
    static List<DateMention> join(String text, List<DateMention> mentions) {
        List<DateMention> out = null;
        for (int i = 1; i < mentions.size(); i++) {
            DateMention a = mentions.get(i - 1);
            DateMention b = mentions.get(i);
            if (!isDay(a) || !isDay(b) || a.span().end() > b.span().start()) {
                continue;
            }
            if (a.rule().startsWith("relative-") && !a.value().equals(b.value())
                    && ON.matcher(text).region(a.span().end(), b.span().start()).matches()) {
                // "painted overnight on Sunday": the night of the day told, not the night before the report
                out = out == null ? new ArrayList<>(mentions) : out;
                out.set(i - 1, new DateMention(a.text(), a.span(), b.value(), DatePrecision.DAY, a.relative(), a.rule() + NAMED));
                continue;
            }
            if (!LocalDate.parse(a.value()).plusDays(1).toString().equals(b.value())) {
                continue;
            }
            String between = text.substring(a.span().end(), b.span().start());
            // the night must be told: "Wednesday night", or a second day in its early hours
            String lower = between.toLowerCase(java.util.Locale.ROOT);
            boolean night = lower.contains("night") || lower.contains("evening") || lower.contains("hours");
            if (night && BETWEEN.matcher(between).matches()) {
                out = out == null ? new ArrayList<>(mentions) : out;
                out.set(i, new DateMention(b.text(), b.span(), a.value(), DatePrecision.DAY, b.relative(), b.rule() + RULE));
            }
        }
        return out == null ? mentions : out;
    }

    private static boolean isDay(DateMention m) {
        return m.value() != null && m.precision() == DatePrecision.DAY && m.value().length() == 10;
    }
}
