package org.attest.dates;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Conversions between the Solar Hijri (Persian) calendar and the Gregorian one, through ICU4J's
 * {@link PersianCalendar}. A new calendar object is made per call because ICU calendars are
 * mutable. Making one costs more than the rest of a date's resolution, and every undated Persian
 * month of a report asks for the year of its anchor: so the first day of each month of a year
 * is asked of ICU once and kept ({@link Year}, immutable, published through a final field), and
 * a date is that day plus its day of the month, a year the one whose first day it is on or after.
 * Same answers as ICU's for every date (tested day by day); other years and odd months or days
 * go to ICU.
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
        Year y = year(shYear);
        if (y != null && shMonth >= 1 && shMonth <= 12 && shDay >= 1 && shDay <= 31) {
            return LocalDate.ofEpochDay(y.monthStarts[shMonth - 1] + shDay - 1);
        }
        return icuToGregorian(shYear, shMonth, shDay);
    }

    static LocalDate icuToGregorian(int shYear, int shMonth, int shDay) {
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
        int guess = date.getYear() - 621; // the year that starts in March of the date's year
        Year y = year(guess);
        Year before = year(guess - 1);
        if (y != null && before != null && date.toEpochDay() >= before.monthStarts[0]
                && date.toEpochDay() < y.monthStarts[0] + 366) {
            return date.toEpochDay() >= y.monthStarts[0] ? guess : guess - 1;
        }
        return icuShYearOf(date);
    }

    static int icuShYearOf(LocalDate date) {
        PersianCalendar cal = new PersianCalendar(TimeZone.GMT_ZONE);
        cal.clear();
        cal.set(Calendar.JULIAN_DAY, (int) (date.toEpochDay() + JULIAN_DAY_OF_EPOCH));
        return cal.get(Calendar.EXTENDED_YEAR);
    }

    /** First Solar Hijri year kept. */
    private static final int FIRST_KEPT = 1200;
    /** Years kept: 1200 to 1599 SH, 1821 to 2221 CE. */
    private static final Year[] KEPT = new Year[400];

    /** The epoch days of the first day of each month of one Solar Hijri year, as ICU gives them. */
    private static final class Year {
        final long[] monthStarts = new long[12];

        Year(int shYear) {
            for (int m = 1; m <= 12; m++) {
                monthStarts[m - 1] = icuToGregorian(shYear, m, 1).toEpochDay();
            }
        }
    }

    /** The kept months of a year, made on first use; null for a year outside the kept range. */
    private static Year year(int shYear) {
        int k = shYear - FIRST_KEPT;
        if (k < 0 || k >= KEPT.length) {
            return null;
        }
        Year y = KEPT[k];
        if (y == null) {
            y = new Year(shYear); // a racing thread makes an equal one: either may stay
            KEPT[k] = y;
        }
        return y;
    }
}
