package org.attest.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import org.attest.model.DatePrecision;
import org.attest.model.DateMention;

/**
 * Turns a {@link Candidate} into a {@link DateMention}: fills a missing year from the anchor,
 * resolves relative expressions, converts Solar Hijri dates, and writes the ISO value.
 *
 * <p>Rules, in the order a reader would apply them:
 * <ul>
 *   <li>A stated year is kept as stated ({@code relative=false}).</li>
 *   <li>A year-less date with a weekday ("Friday 18 June") takes, among the anchor's year,
 *       the years either side and the years the document states, the year in which that day
 *       falls on that weekday, nearest the anchor; failing that, as below.</li>
 *   <li>A year-less date takes the anchor's year, or the year before when the date would lie
 *       more than {@value #FUTURE_MONTHS} months after the anchor (reports mostly look back:
 *       "in December" in a June report is last December, "in July" is next month), or the year
 *       after when it would lie more than 10 months before it ("January 3" in a report of 28
 *       December). An undated report anchored on a year only takes that year, or the next for
 *       a month before the one a series it tells began in ("Since December 2020, ...
 *       on January 26").</li>
 *   <li>Weekdays, "yesterday", "last week", "over the weekend", "in recent weeks" need the publication date: a
 *       date derived from the text says when something happened, not when the text was
 *       written. Month and year phrases ("last month", "this year") and missing years may use a
 *       derived anchor; a phrase finer than the anchor stays unresolved.</li>
 *   <li>Unresolvable: value {@code null}, precision {@code UNKNOWN}, {@code relative=true}.</li>
 * </ul>
 * The rule of the result is the candidate's rule plus, when the anchor was used, how.
 */
final class DateNormalizer {
    /** How far after the anchor a year-less month may lie and still be in the anchor's year. */
    static final int FUTURE_MONTHS = 2;
    private static final int PAST_MONTHS = 10;

    private DateNormalizer() {}

    static DateMention resolve(String text, Candidate c, Anchor a) {
        DateExpr x = c.expr();
        String surface = c.span().of(text);
        return switch (x.kind()) {
            case GREGORIAN -> gregorian(surface, c, x, a);
            case PERSIAN -> persian(surface, c, x, a);
            case WEEK_OF_MONTH -> weekOfMonth(surface, c, x, a);
            case WEEKDAY -> weekday(surface, c, x, a);
            case RELATIVE -> relative(surface, c, x, a);
        };
    }

    private static DateMention gregorian(String s, Candidate c, DateExpr x, Anchor a) {
        if (x.year() != null) {
            return mention(s, c, format(x.year(), x.month(), x.day()), x.precision(), false, c.rule());
        }
        Integer year = null;
        String how = "";
        if (x.yearOffset() != null && a.exists()) {
            year = a.date().getYear() + x.yearOffset();
            how = "+anchor-year-offset";
        } else if (x.yearOffset() == null && x.weekday() != null && x.day() > 0) {
            year = weekdayYear(x, a);
            how = "+weekday-year";
        }
        if (year == null && x.yearOffset() == null && x.n() != 0 && a.knowsDay()) {
            year = directedYear(x.month(), x.n(), a.date());
            how = "+anchor-direction";
        }
        if (year == null && x.yearOffset() == null && a.exists()) {
            year = fillYear(x.month(), x.day() > 0 ? x.day() : 15, a);
            how = "+anchor-year";
            Integer after = x.day() > 0 ? yearAfterStory(x.month(), a) : null;
            if (after != null) {
                year = after;
                how = "+after-story-year";
            }
        }
        if (year == null || (x.day() > 0 && x.day() > YearMonth.of(year, x.month()).lengthOfMonth())) {
            return unknown(s, c);
        }
        return mention(s, c, format(year, x.month(), x.day()), x.precision(), true, c.rule() + how);
    }

    private static DateMention persian(String s, Candidate c, DateExpr x, Anchor a) {
        Integer sh = x.year();
        String how = "";
        if (sh == null) {
            if (!a.exists()) {
                return unknown(s, c);
            }
            LocalDate ref = a.knowsDay() ? a.date() : LocalDate.of(a.date().getYear(), 7, 1);
            sh = PersianDates.shYearOf(ref);
            LocalDate d = PersianDates.toGregorian(sh, x.month(), x.day() > 0 ? x.day() : 15);
            if (a.knowsDay() && d.isAfter(ref.plusMonths(FUTURE_MONTHS))) {
                sh--;
            }
            how = "+anchor-year";
        }
        if (x.month() == 0) {
            return mention(s, c, format(PersianDates.yearToGregorian(sh), 0, 0), DatePrecision.YEAR,
                    false, c.rule());
        }
        if (x.day() == 0) {
            YearMonth ym = PersianDates.monthToGregorian(sh, x.month());
            return mention(s, c, ym.toString(), DatePrecision.MONTH, !how.isEmpty(), c.rule() + how);
        }
        LocalDate d = PersianDates.toGregorian(sh, x.month(), x.day());
        return mention(s, c, d.toString(), DatePrecision.DAY, !how.isEmpty(), c.rule() + how);
    }

    private static DateMention weekOfMonth(String s, Candidate c, DateExpr x, Anchor a) {
        Integer year = x.year();
        if (year == null && x.yearOffset() != null && a.exists()) {
            year = a.date().getYear() + x.yearOffset();
        } else if (year == null && a.exists()) {
            year = fillYear(x.month(), 15, a);
        }
        if (year == null) {
            return unknown(s, c);
        }
        LocalDate start = startOfWeek(YearMonth.of(year, x.month()), x.n());
        return mention(s, c, start.toString(), DatePrecision.WEEK, x.year() == null,
                x.year() == null ? c.rule() + "+anchor-year" : c.rule());
    }

    /**
     * The first day of week {@code n} of a month (n = -1: the last week) that falls in the month.
     * Weeks run Monday to Sunday; the first week is the one holding the month's first Thursday,
     * i.e. the first week with most of its days in the month (the ISO 8601 rule applied to
     * months). A first week that opens in the month before starts on the 1st: "the first week
     * of January 2026" is written 2026-01-01, not Monday 29 December, so that its month stays the
     * one the text names.
     */
    static LocalDate startOfWeek(YearMonth ym, int n) {
        if (n < 0) {
            LocalDate lastThursday = ym.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
            return lastThursday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        LocalDate firstThursday = ym.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        LocalDate monday = firstThursday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(n - 1L);
        return monday.isBefore(ym.atDay(1)) ? ym.atDay(1) : monday;
    }

    private static DateMention weekday(String s, Candidate c, DateExpr x, Anchor a) {
        if (!a.published()) {
            return unknown(s, c);
        }
        LocalDate d = switch (x.n()) {
            case -1 -> lastWeekday(s, x, a);
            case 1 -> a.date().with(TemporalAdjusters.next(x.weekday()));
            case DateExpr.UPCOMING -> a.date().with(TemporalAdjusters.nextOrSame(x.weekday()));
            default -> a.date().with(TemporalAdjusters.previousOrSame(x.weekday()));
        };
        return mention(s, c, d.toString(), DatePrecision.DAY, true, c.rule() + "+published");
    }

    /**
     * "last Thursday": the latest Thursday before the anchor, except the day right before it. No
     * writer calls yesterday "last Thursday" (that is "on Thursday" or "yesterday"); written on a
     * Friday it is the Thursday of the week before. "this past Thursday" keeps yesterday.
     */
    private static LocalDate lastWeekday(String s, DateExpr x, Anchor a) {
        LocalDate d = a.date().with(TemporalAdjusters.previous(x.weekday()));
        boolean last = s.regionMatches(true, 0, "last ", 0, "last ".length());
        return last && d.equals(a.date().minusDays(1)) ? d.minusWeeks(1) : d;
    }

    private static DateMention relative(String s, Candidate c, DateExpr x, Anchor a) {
        LocalDate d = a.date();
        int n = x.n();
        return switch (x.unit()) {
            case DAY -> a.published()
                    ? mention(s, c, d.plusDays(n).toString(), DatePrecision.DAY, true, c.rule())
                    : unknown(s, c);
            case WEEK -> a.published()
                    ? mention(s, c, monday(d).plusWeeks(n).toString(), DatePrecision.WEEK, true, c.rule())
                    : unknown(s, c);
            case RECENT_WEEKS -> a.published()
                    ? mention(s, c, YearMonth.from(d.minusWeeks(2)).toString(), DatePrecision.MONTH, true, c.rule())
                    : unknown(s, c);
            case RECENT_DAYS -> a.published()
                    ? mention(s, c, monday(d.minusDays(3)).toString(), DatePrecision.WEEK, true, c.rule())
                    : unknown(s, c);
            // "in the past year": twelve months back from the day of writing, named by the year of their middle
            case RECENT_YEAR -> a.published()
                    ? mention(s, c, format(d.minusMonths(6).getYear(), 0, 0), DatePrecision.YEAR, true, c.rule())
                    : unknown(s, c);
            case WEEKEND -> a.published()
                    ? mention(s, c, saturday(d, n).toString(), DatePrecision.WEEK, true, c.rule())
                    : unknown(s, c);
            case MONTH -> a.knowsDay()
                    ? mention(s, c, YearMonth.from(d).plusMonths(n).toString(), DatePrecision.MONTH, true, c.rule())
                    : unknown(s, c);
            // "three years ago this week": an anniversary, the anchor's month that many years back
            case YEARS_AGO_MONTH -> a.knowsDay()
                    ? mention(s, c, YearMonth.from(d).plusYears(n).toString(), DatePrecision.MONTH, true, c.rule())
                    : unknown(s, c);
            case YEAR -> a.exists()
                    ? mention(s, c, format(d.getYear() + n, 0, 0), DatePrecision.YEAR, true, c.rule())
                    : unknown(s, c);
        };
    }

    /** Among the candidate years, the one nearest the anchor in which the date has its weekday. */
    private static Integer weekdayYear(DateExpr x, Anchor a) {
        Integer best = null;
        int ref = a.exists() ? a.date().getYear() : Integer.MIN_VALUE;
        for (int y : a.candidateYears()) {
            if (x.day() <= YearMonth.of(y, x.month()).lengthOfMonth()
                    && LocalDate.of(y, x.month(), x.day()).getDayOfWeek() == x.weekday()
                    && (best == null || (a.exists() && Math.abs(y - ref) < Math.abs(best - ref)))) {
                best = y;
            }
        }
        return best;
    }

    /**
     * The next year, when a year-less day of an undated report lies months before the latest month
     * the report states with its year ({@link Anchor#storyMonth}); else null. The report was written
     * in or after that month. A report that leaves a day without its year ("were told on May 15")
     * writes the year only for days of other years ("an incident on November 16, 2022", "since
     * mid-December 2023"), so its own days follow. A month without a day ("arrested in April") keeps
     * the anchor's year: reports that write every day with its year still name months alone.
     */
    static Integer yearAfterStory(int month, Anchor a) {
        YearMonth story = a.storyMonth();
        if (a.published() || story == null || story.getYear() != a.date().getYear()) {
            return null;
        }
        YearMonth m = YearMonth.of(story.getYear(), month);
        return m.isBefore(story.minusMonths(FUTURE_MONTHS)) ? story.getYear() + 1 : null;
    }

    /** The year of a year-less month/day, from the anchor (see the class comment). */
    /**
     * The year of "last September" (direction -1: the latest September before the anchor's month)
     * or "next May" (1: the first May after it), written on {@code anchor}.
     */
    static int directedYear(int month, int direction, LocalDate anchor) {
        int y = anchor.getYear();
        if (direction < 0) {
            return month < anchor.getMonthValue() ? y : y - 1;
        }
        return month > anchor.getMonthValue() ? y : y + 1;
    }

    static int fillYear(int month, int day, Anchor a) {
        int y = a.date().getYear();
        if (!a.knowsDay()) {
            // written after the month a series began: an earlier month is of the next year
            return a.since() != null && month < a.since().getMonthValue() ? y + 1 : y;
        }
        YearMonth anchor = YearMonth.from(a.date());
        YearMonth m = YearMonth.of(y, month);
        if (m.isAfter(anchor.plusMonths(FUTURE_MONTHS))) {
            return y - 1;
        }
        if (m.isBefore(anchor.minusMonths(PAST_MONTHS))) {
            return y + 1;
        }
        return y;
    }

    /**
     * The Saturday of the weekend {@code n} names from day {@code d}: 0 the last one begun on or
     * before it (a Sunday report's "over the weekend" is yesterday's), -1 the one before a
     * weekend report's and the last one of a weekday report's ("last weekend"), 1 the next one,
     * {@link DateExpr#UPCOMING} the one under way or the coming one ("will march this weekend").
     */
    static LocalDate saturday(LocalDate d, int n) {
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate last = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return switch (n) {
            case -1 -> weekend ? last.minusWeeks(1) : last;
            case 1 -> d.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
            case DateExpr.UPCOMING -> weekend ? last : d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            default -> last;
        };
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String format(int year, int month, int day) {
        StringBuilder b = new StringBuilder(10);
        pad(b, year, 4);
        if (month > 0) {
            pad(b.append('-'), month, 2);
            if (day > 0) {
                pad(b.append('-'), day, 2);
            }
        }
        return b.toString();
    }

    private static void pad(StringBuilder b, int v, int width) {
        String s = Integer.toString(v);
        b.append("0".repeat(Math.max(0, width - s.length()))).append(s);
    }

    private static DateMention mention(String s, Candidate c, String value, DatePrecision p, boolean rel,
                                       String rule) {
        return new DateMention(s, c.span(), value, p, rel, rule);
    }

    private static DateMention unknown(String s, Candidate c) {
        return new DateMention(s, c.span(), null, DatePrecision.UNKNOWN, true, c.rule() + "+no-anchor");
    }
}
