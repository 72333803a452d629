package org.attest.dates;

import java.time.DayOfWeek;
import org.attest.dates.DateLexicon.RelativeUnit;
import org.attest.model.DatePrecision;

/**
 * A date expression as the text states it, before it is resolved against an anchor. Fields
 * not stated are {@code null} (year, weekday, yearOffset) or 0 (month, day).
 *
 * @param kind       what sort of expression
 * @param year       the stated year (Gregorian for {@link Kind#GREGORIAN}, Solar Hijri for
 *                   {@link Kind#PERSIAN}), or {@code null}
 * @param yearOffset for "February of last year": the year is the anchor's year plus this
 * @param month      1..12 in the expression's calendar, or 0
 * @param day        1..31, or 0
 * @param weekday    a stated weekday, or {@code null}
 * @param n          the week number for {@link Kind#WEEK_OF_MONTH} (-1 = last); the direction
 *                   for {@link Kind#WEEKDAY} (-1 last, 0 bare, +1 next) and for a year-less month
 *                   of {@link Kind#GREGORIAN} ("last September" -1, "next May" +1); the offset for
 *                   {@link Kind#RELATIVE}
 * @param unit       the unit of a {@link Kind#RELATIVE} expression, else {@code null}
 * @param precision  the precision of the stated fields
 */
record DateExpr(Kind kind, Integer year, Integer yearOffset, int month, int day, DayOfWeek weekday,
                int n, RelativeUnit unit, DatePrecision precision) {

    enum Kind {
        /** Calendar fields in the Gregorian calendar: "18 June 2021", "November 2019", "1988". */
        GREGORIAN,
        /** Calendar fields in the Solar Hijri calendar: "1 Aban 1398", "۱۳۶۷". */
        PERSIAN,
        /** "the second week of June": week {@code n} of {@code month}. */
        WEEK_OF_MONTH,
        /** A weekday alone: "on Saturday", "last Monday". */
        WEEKDAY,
        /** A phrase relative to the anchor: "yesterday", "last month", "in recent weeks". */
        RELATIVE
    }

    static DateExpr gregorian(Integer year, int month, int day, DayOfWeek weekday) {
        return new DateExpr(Kind.GREGORIAN, year, null, month, day, weekday, 0, null, precisionOf(month, day));
    }

    static DateExpr persian(Integer year, int month, int day) {
        return new DateExpr(Kind.PERSIAN, year, null, month, day, null, 0, null, precisionOf(month, day));
    }

    static DateExpr weekOfMonth(int n, int month, Integer year) {
        return new DateExpr(Kind.WEEK_OF_MONTH, year, null, month, 0, null, n, null, DatePrecision.WEEK);
    }

    /** Direction of a weekday the sentence points forward to ("will march on Friday"): that day or the next. */
    static final int UPCOMING = 2;

    /**
     * A weekday alone; direction -1 "last", 1 "next", {@link #UPCOMING}, 0 the day itself or the
     * one before it (reports mostly look back).
     */
    static DateExpr weekday(DayOfWeek weekday, int direction) {
        return new DateExpr(Kind.WEEKDAY, null, null, 0, 0, weekday, direction, null, DatePrecision.DAY);
    }

    static DateExpr relative(RelativeUnit unit, int offset) {
        return new DateExpr(Kind.RELATIVE, null, null, 0, 0, null, offset, unit, null);
    }

    /** This expression with its year given relative to the anchor's ("of last year": -1). */
    DateExpr withYearOffset(int offset) {
        return new DateExpr(kind, null, offset, month, day, weekday, n, unit, precision);
    }

    /** This month with a direction from the anchor: -1 the latest one before it, 1 the next one after it. */
    DateExpr withDirection(int direction) {
        return new DateExpr(kind, year, yearOffset, month, day, weekday, direction, unit, precision);
    }

    /** This expression with a weekday stated in front of it ("Friday 18 June"). */
    DateExpr withWeekday(DayOfWeek d) {
        return new DateExpr(kind, year, yearOffset, month, day, d, n, unit, precision);
    }

    /** True when year, month and day are all stated. */
    boolean isFull() {
        return year != null && month > 0 && day > 0;
    }

    private static DatePrecision precisionOf(int month, int day) {
        return day > 0 ? DatePrecision.DAY : month > 0 ? DatePrecision.MONTH : DatePrecision.YEAR;
    }
}
