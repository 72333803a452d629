package org.attest.clean;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric dates of a dateline whose day and month may stand either way round ("19-09-2022",
 * "09/19/2022", "Friday, 11/12/2021"): read only when the numbers, or the weekday named before
 * them, allow one reading. For {@link DateParser}.
 */
final class DayOrMonthFirst {
    /** Months in a year: a number above this can only be the day. */
    private static final int MONTHS = 12;
    /** A weekday right before a numeric date: "Friday, 11/12/2021". */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(\\p{L}+day),?\\s*\\(?$");

    private DayOrMonthFirst() {
    }

    /**
     * "19-09-2022" or "09-19-2022": the date when only one reading is possible. "06-10-2022" reads
     * both ways; the weekday the dateline names before it ("Friday, 11/12/2021") settles it when it
     * fits one reading only (12 November 2021 is a Friday, 11 December a Saturday). Else null.
     */
    static LocalDate read(String a, String b, String year, DayOfWeek named) {
        int x = Integer.parseInt(a);
        int y = Integer.parseInt(b);
        if (x > MONTHS && y <= MONTHS) {
            return DateParser.validDate(year, b, a);
        }
        if (y > MONTHS && x <= MONTHS) {
            return DateParser.validDate(year, a, b);
        }
        if (named == null || x == y) {
            return null;
        }
        LocalDate monthFirst = DateParser.validDate(year, a, b);
        LocalDate dayFirst = DateParser.validDate(year, b, a);
        boolean mf = monthFirst != null && monthFirst.getDayOfWeek() == named;
        boolean df = dayFirst != null && dayFirst.getDayOfWeek() == named;
        return mf == df ? null : mf ? monthFirst : dayFirst;
    }

    /** The English weekday that ends {@code s} before {@code end} ("Friday, "), or null. */
    static DayOfWeek weekdayBefore(String s, int end) {
        Matcher m = WEEKDAY_BEFORE.matcher(s.substring(0, end));
        if (!m.find()) {
            return null;
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equalsIgnoreCase(m.group(1))) {
                return d;
            }
        }
        return null;
    }
}
