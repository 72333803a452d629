package org.attest.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The year of a year-less dateline of an undated report that states no full date, read from the
 * weekday its lead sentence names ("BEIRUT, May 4 (Agency) - The ministry said on Tuesday ...").
 * Wire copy names the dateline's own day by its weekday in the lead, or the night or day before
 * it (a story filed on May 1 tells what happened "on Tuesday night", April 30), so the dateline's
 * day falls on that weekday or the day after it: the report was written in the first year, from
 * the latest year it tells (its years are history: "the 2019 vote"), in which it does. Without this the report's days would take
 * that historic year. For {@link Anchor}.
 */
final class WeekdayDatelines {
    /** How far after the dateline the lead's weekday may stand, in chars: its first sentence. */
    private static final int LEAD_REACH = 200;
    /**
     * How many years after the latest stated year to try: a day of the year falls on the same
     * weekday again after at most 11 years, so every weekday is met within them.
     */
    private static final int YEARS = 11;

    private WeekdayDatelines() {
    }

    /**
     * The day of {@code line} (a dateline with month and day but no year) in the first year from
     * {@code fromYear} on in which it falls on the weekday named bare ("on Tuesday") in the lead
     * sentence after it or on the day after that weekday, or null when the lead names none, the sentence ends before it, or no
     * such year lies within reach.
     *
     * @param candidates the document's date candidates in text order
     * @param fromYear   the latest year the report tells (not one it looks ahead to)
     */
    static LocalDate day(String text, Candidate line, List<Candidate> candidates, int fromYear) {
        DateExpr x = line.expr();
        if (x.year() != null || x.month() == 0 || x.day() == 0) {
            return null;
        }
        Candidate lead = leadWeekday(text, line, candidates);
        if (lead == null) {
            return null;
        }
        for (int y = fromYear; y <= fromYear + YEARS; y++) {
            if (x.day() > YearMonth.of(y, x.month()).lengthOfMonth()) {
                continue; // 29 February outside a leap year
            }
            LocalDate d = LocalDate.of(y, x.month(), x.day());
            if (d.getDayOfWeek() == lead.expr().weekday() || d.minusDays(1).getDayOfWeek() == lead.expr().weekday()) {
                return d;
            }
        }
        return null;
    }

    /** The first bare weekday after the dateline within its sentence, or null. */
    private static Candidate leadWeekday(String text, Candidate line, List<Candidate> candidates) {
        int from = line.span().end();
        int to = Math.min(text.length(), from + LEAD_REACH);
        for (Candidate c : candidates) {
            int at = c.span().start();
            if (at < from) {
                continue;
            }
            if (at >= to || sentenceEnds(text, from, at)) {
                return null;
            }
            DateExpr e = c.expr();
            if (e.kind() == DateExpr.Kind.WEEKDAY && e.n() == 0 && e.weekday() != null) {
                return c;
            }
        }
        return null;
    }

    /** True when a sentence ends (". " or a line break) between {@code from} and {@code to}. */
    private static boolean sentenceEnds(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '.' && i + 1 < to && text.charAt(i + 1) == ' ') {
                return true;
            }
        }
        return false;
    }
}
