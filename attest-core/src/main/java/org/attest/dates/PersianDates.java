package org.attest.dates;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Conversions between the Solar Hijri (Persian) calendar and the Gregorian one, through ICU4J's
 * {@link PersianCalendar}. A new calendar object is made per call because ICU calendars are
 * mutable; nothing is shared between threads.
 *
 * <p>Coarse values follow one rule: a Solar Hijri period maps to the Gregorian period that holds
 * most of it. A Solar Hijri year starts near 21 March, so year {@code SH} covers about nine
 * months of Gregorian year {@code SH + 621} and three of {@code SH + 622}: it maps to
 * {@code SH + 621}. A Solar Hijri month starts near the 21st of a Gregorian month: it maps to
 * the Gregorian month of its 15th day, i.e. the month that holds most of it.
 */
public final class PersianDates {
    /** Days between the Julian day number and the Java epoch day (1970-01-01). */
    private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;

    private PersianDates() {}

    /** The Gregorian date of a Solar Hijri date; month 1..12. */
    public static LocalDate toGregorian(int shYear, int shMonth, int shDay) {
        PersianCalendar cal = new PersianCalendar(TimeZone.GMT_ZONE);
        cal.clear();
        cal.set(Calendar.EXTENDED_YEAR, shYear);
        cal.set(Calendar.MONTH, shMonth - 1);
        cal.set(Calendar.DAY_OF_MONTH, shDay);
        return LocalDate.ofEpochDay(cal.get(Calendar.JULIAN_DAY) - JULIAN_DAY_OF_EPOCH);
    }

    /** The Gregorian month that holds most of a Solar Hijri month. */
    static YearMonth monthToGregorian(int shYear, int shMonth) {
        return YearMonth.from(toGregorian(shYear, shMonth, 15));
    }

    /** The Gregorian year that holds most of a Solar Hijri year: {@code SH + 621}. */
    static int yearToGregorian(int shYear) {
        return shYear + 621;
    }

    /** The Solar Hijri year that a Gregorian date falls in. */
    static int shYearOf(LocalDate date) {
        PersianCalendar cal = new PersianCalendar(TimeZone.GMT_ZONE);
        cal.clear();
        cal.set(Calendar.JULIAN_DAY, (int) (date.toEpochDay() + JULIAN_DAY_OF_EPOCH));
        return cal.get(Calendar.EXTENDED_YEAR);
    }
}
