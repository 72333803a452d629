package org.attest.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Span;

/**
 * The second day of a pair written with one month: "on March 3 and 4" and "on 3 and 4 March"
 * name two days, but the scanner reads only the one next to the month. The other day becomes a
 * mention of its own, in the same month and year, so that events told of both days get one date
 * each. A range ("3 to 4 March", "3-4 March") is one stretch and is left to the scanner; in
 * "between 3 and 9 March" the first day is added as the stretch's start.
 */
final class PairedDays {
    /** The rule of a mention this class adds. */
    static final String RULE = "paired-day";

    /** " and 4" right after a day mention that ends in its day number ("March 3"). */
    private static final Pattern AFTER = Pattern.compile("\\G\\s+and\\s+(\\d{1,2})(?!\\d|\\s*(?::\\d|%|per\\b|people\\b|of\\b|others?\\b))");
    /** "between March 3 and 9" is a stretch, not two days. */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+$");

    /** "3 and " right before a day mention that starts with its day number ("4 March"). */
    private static final Pattern BEFORE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+and\\s+$");
    /** Characters before a mention searched for the first day of a pair. */
    private static final int REACH = 12;

    private PairedDays() {}

    /**
     * The mentions with a mention added for the other day of each pair; in text order.
     *
     * @param text     the document's text
     * @param mentions the stage's mentions, in text order
     */
    static List<DateMention> add(String text, List<DateMention> mentions) {
        List<DateMention> out = new ArrayList<>(mentions.size());
        boolean added = false;
        for (DateMention m : mentions) {
            if (m.value() == null || m.precision() != DatePrecision.DAY || m.text().isEmpty()) {
                out.add(m);
                continue;
            }
            String written = m.text();
            if (Character.isDigit(written.charAt(0)) && !Character.isDigit(written.charAt(written.length() - 1))) {
                int from = Math.max(0, m.span().start() - REACH);
                Matcher b = BEFORE.matcher(text.substring(from, m.span().start()));
                // "between 24 and 26 August": the stretch's first day is a mention too, so that the
                // stretch is dated by its start (the events stage reads the second as its end)
                DateMention other = b.find() ? sameMonth(m, b.group(1), from + b.start(1), from + b.end(1)) : null;
                if (other != null) {
                    out.add(other);
                    added = true;
                }
                out.add(m);
            } else if (Character.isDigit(written.charAt(written.length() - 1)) && !Character.isDigit(written.charAt(0))) {
                out.add(m);
                // the pair's "and" stands right at the mention's end: find(from) would try every
                // later offset of the text (each failing at \G), a scan to the end per mention
                Matcher a = AFTER.matcher(text).region(m.span().end(), text.length());
                DateMention other = a.lookingAt() && !between(text, m.span().start())
                        ? sameMonth(m, a.group(1), a.start(1), a.end(1)) : null;
                if (other != null) {
                    out.add(other);
                    added = true;
                }
            } else {
                out.add(m);
            }
        }
        return added ? out : mentions;
    }

    /** True when "between" stands right before offset {@code at}. */
    private static boolean between(String text, int at) {
        return BETWEEN.matcher(text.substring(Math.max(0, at - REACH), at)).find();
    }

    /** The day {@code day} of {@code m}'s month, at [start, end), when it is another day of that month; else null. */
    private static DateMention sameMonth(DateMention m, String day, int start, int end) {
        LocalDate told = LocalDate.parse(m.value());
        int d = Integer.parseInt(day);
        if (d == told.getDayOfMonth() || Math.abs(d - told.getDayOfMonth()) > 7) {
            return null; // "on March 3 and 25 others": a pair of days stands close
        }
        try {
            return new DateMention(day, new Span(start, end), told.withDayOfMonth(d).toString(), DatePrecision.DAY,
                    m.relative(), RULE);
        } catch (DateTimeException e) {
            return null; // "February 28 and 30": no such day
        }
    }
}
