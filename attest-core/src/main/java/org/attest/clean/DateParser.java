package org.attest.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.dates.PersianDates;
import org.attest.dates.StampLabels;

/**
 * Reads publication dates: machine values from page metadata ("2021-06-01T10:00:00Z",
 * "2021/06/01", "20210601") and written dates ("June 1, 2021", "3 March 2022"), and finds a
 * dateline ("PARIS, 3 March 2022 (AFP) -") in the first lines of a text. Month names come from
 * {@code months.txt}. Every method answers null rather than guessing.
 */
public final class DateParser {
    /** How long after its printed dateline a stamped page may have been updated or fetched. */
    static final int STAMP_AFTER_DATELINE_DAYS = 366;
    /** Datelines stand in the first few lines. */
    static final int DATELINE_LINES = 6;
    /** A dateline is near the start of its line. */
    static final int DATELINE_PREFIX = 200;

    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d).*");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T.*)?");
    private static final String MONTH = "(\\p{L}{3,9})\\.?";
    /** "19.01.2020": dotted numeric dates are day first wherever they are written. */
    private static final Pattern DOTTED_DMY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:[\\sT,].*)?");
    /** The form of Java's and Unix's date printing: "Fri Mar 13 21:30:09 EST 2015". */
    private static final Pattern PRINTED = Pattern.compile(
            "(?:\\p{L}{3}\\s+)?" + MONTH + "\\s+(\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+[A-Za-z]{2,5})?\\s+(\\d{4})");
    /** "June 1, 2021" or "June 1 2021". */
    private static final Pattern MDY = Pattern.compile(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    /** "1 June 2021", "1st of June, 2021". */
    private static final Pattern DMY = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})");
    /**
     * What may follow the date in a dateline: the bracket that opened before it, a machine time
     * ("T10:05:00Z"), a time ("16.30 BST", "9:05 am", ", 9:13 PM", "at 10:05 a.m. EDT"), an optional
     * agency, then a dash, colon, bullet, bar or slash ("Mar 3, 2021 • 5 minutes ago"), the end of the line,
     * or a short "by" and the poster's name at its end ("Posted on March 12, 2024 by admin"), or
     * the next labelled field of a byline, even run on without a space ("Published On: February 6,
     * 2020Categories: News", "Posted May 3, 2021 Author: staff"), or a byline of up to three
     * capitalised words closing the line ("19 Jul 2023, 11:17 AM IST Staff Writer").
     */
    private static final Pattern DATELINE_TAIL = Pattern.compile(
            "\\s*\\)?(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?"
            + "\\s*(?:,?\\s*(?:at\\s+)?\\d{1,2}[.:]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*(?:[A-Z]{2,5})?\\s*)?"
            + "(?:\\([^()]{0,40}\\)\\s*)?(?:[-–—:•|/]|$|by\\s+[^\\n]{1,40}$|\\p{Lu}\\p{Ll}{2,20}:"
            + "|\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}\\s*$)");
    /**
     * A line that is only a date with a two-digit year, as some sites stamp their pages: "14 Mar
     * 11", "3 June 24, 15:53". Read as 20yy; a two-digit year is trusted nowhere else.
     */
    private static final Pattern SHORT_YEAR_LINE = Pattern.compile(
            "(\\d{1,2})\\s+(\\p{L}{3,9})\\.?\\s+(\\d{2})(?:,?\\s*\\d{1,2}[.:]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?)?");
    private static final int SHORT_YEAR_LINE_MAX = 30;
    private static final int CENTURY = 2000;
    /** A machine date written out in a dateline ("Iran International - 2025-05-26", "Agency, 2018/05/24"). */
    private static final Pattern ISO_IN_LINE = Pattern.compile("(?<![\\d/-])(\\d{4})([-/])(\\d{2})\\2(\\d{2})(?![\\d/-])");
    /** A day, a month's name and a year joined by hyphens in a dateline: "Agency, 28-Sep-2022". */
    private static final Pattern HYPHENED_DMY = Pattern.compile("(?<![\\d-])(\\d{1,2})-(\\p{L}{3,9})-(\\d{4})(?![\\d-])");
    /**
     * Digits of day and month either way round, then the year ("19-09-2022", "09/19/2022"), in a
     * dateline: read only when one of the two is above 12 and so can only be the day. Dotted
     * ("19.01.2024 | 16:05") is the day-first writing of Europe, as in {@link #DOTTED_DMY}.
     */
    private static final Pattern NUMERIC_IN_LINE = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?![\\d/-])");
    /**
     * What may precede the date: a place ("PARIS", "KHARTOUM, Sudan", "Springfield, Ill.") or a
     * label ("Published:", "Posted on") and a comma, semicolon, dash, colon or bar ("Agency | City |
     * Updated:"), or nothing. Rights
     * groups put the place and date in brackets: "(Beirut, August 3, 2025) –", "GENEVA (4
     * December 2025) –", "Iran Human Rights (IHRNGO); January 9, 2026:". A site's reading time may
     * open the line: "1 min read 19 Jul 2023, 11:17 AM IST", and so may the time of posting: "01:29 PM,
     * June 16, 2013 / LAST MODIFIED: ...".
     */
    private static final Pattern DATELINE_HEAD = Pattern.compile(
            "(?:\\d{1,2}\\s+min(?:ute)?s?\\s+read\\s+)?(?:\\d{1,2}[.:]\\d{2}\\s*(?:[AaPp]\\.?[Mm]\\.?)?\\s*,?\\s+)?(?:\\(?[\\p{Lu}\\p{Lo}][\\p{L}\u200C'’.\\- ]{0,60}(?:\\([^()]{1,30}\\))?\\s*[,;—–:|-]?\\s*){0,3}"
            + "\\(?(?:\\p{L}+day,?\\s+)?");
    /** Solar Hijri years a Persian dateline may carry (1300 SH is 1921). */
    private static final int SH_MIN = 1300;
    private static final int SH_MAX = 1500;

    /**
     * A labelled machine stamp at the start of a text ("date 2023-03-14 A court in the capital ..."):
     * a label of {@code stamp-labels.txt}, an optional colon, then a full ISO date that no digit
     * or dash continues. What follows may be the body itself, run into the same line.
     */
    private static final String STAMP_DATE = "\\s*:?\\s+(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])";

    private final Map<String, Integer> months;
    /** The labelled stamp pattern: a label of {@link StampLabels}, then {@link #STAMP_DATE}. */
    private final Pattern stamp;
    /** Solar Hijri month names ("فروردین", "aban") to month numbers. */
    private final Map<String, Integer> persianMonths;
    /** Whether a string can name a month of either calendar at all: most lines name none. */
    private final MonthMentions monthMentions;

    DateParser(Map<String, Integer> months, Map<String, Integer> persianMonths) {
        this.months = Map.copyOf(months);
        this.persianMonths = Map.copyOf(persianMonths);
        Map<String, Integer> both = new HashMap<>(persianMonths);
        both.putAll(months);
        this.monthMentions = new MonthMentions(both);
        this.stamp = Pattern.compile("\\s*" + StampLabels.ALTERNATION + STAMP_DATE, Pattern.CASE_INSENSITIVE);
    }

    /** Loads {@code months.txt} from this package. */
    public static DateParser load() {
        Map<String, Integer> months = new HashMap<>();
        for (String line : ResourceLines.read(DateParser.class, "months.txt")) {
            String[] f = line.split("\\s+");
            if (f.length != 2) {
                throw new IllegalStateException("bad month line: " + line);
            }
            months.put(f[0], Integer.parseInt(f[1]));
        }
        // the dates stage's table of Solar Hijri months serves datelines too: one list to review
        Map<String, Integer> persian = new HashMap<>();
        for (String line : ResourceLines.read(PersianDates.class, "persian-months.txt")) {
            String[] f = line.split("\\s+");
            for (int i = 1; i < f.length; i++) {
                persian.put(f[i].replace("*", ""), Integer.parseInt(f[0]));
            }
        }
        return new DateParser(months, persian);
    }

    /**
     * A date given as a metadata value: ISO forms with an optional time, compact digits, a
     * dotted day-first date, the printed form of Java and Unix ("Fri Mar 13 21:30:09 EST 2015"),
     * or a written date. Null when the value holds no valid date.
     */
    public LocalDate parseValue(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO.matcher(v);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(v);
        if (m.matches()) {
            return date(m.group(1), m.group(2), m.group(3));
        }
        m = DOTTED_DMY.matcher(v);
        if (m.matches()) {
            return date(m.group(3), m.group(2), m.group(1));
        }
        m = PRINTED.matcher(v);
        if (m.matches()) {
            Integer month = months.get(m.group(1).toLowerCase(Locale.ROOT));
            return month == null ? null : date(m.group(3), String.valueOf(month), m.group(2));
        }
        return writtenDate(v, false);
    }

    /**
     * The date of a dateline in the first {@value #DATELINE_LINES} non-empty lines of a text, or
     * null. A dateline is a line that starts with an optional place, then a written date, then a
     * dash or colon (an agency in parentheses may stand between), e.g.
     * "Tehran — May 5, 2020: ...".
     */
    public LocalDate dateline(String text) {
        return dateline(text, () -> null);
    }

    /**
     * As {@link #dateline(String)}; a dateline that prints no year, and that no stamp near it
     * dates, takes the year {@code pageYear} gives (the page's copyright year), when it gives one.
     */
    public LocalDate dateline(String text, Supplier<Integer> pageYear) {
        LocalDate stamped = labelledStamp(text);
        LocalDate written = writtenDateline(text);
        if (stamped == null) {
            return written != null ? written : YearlessDatelines.read(text, months, pageYear);
        }
        // a page stamped after the date its own dateline prints was updated or fetched later:
        // the dateline tells when the report was written ("date 2024-05-20 ... Sat, May 11, 2024")
        boolean earlierDateline = written != null && written.isBefore(stamped)
                && !written.plusDays(STAMP_AFTER_DATELINE_DAYS).isBefore(stamped);
        return earlierDateline ? written : stamped;
    }

    private LocalDate writtenDateline(String text) {
        return inFirstLines(text, (pos, end) -> {
            String line = text.substring(pos, Math.min(end, pos + DATELINE_PREFIX));
            LocalDate d = hasFourDigits(line) ? writtenDate(line, true) : shortYearLine(line);
            if (d == null && hasFourDigits(line)) {
                d = printedLine(line); // a mail archive's "Wed Aug 22 09:00:35 CDT 2018" under the sender
            }
            if (d == null && !hasFourDigits(line) && end < text.length()) {
                // a text wrapped at a fixed width may break its dateline: "(YANGON, February 10," over "2021)—The ..."
                int nextEnd = text.indexOf('\n', end + 1);
                String next = text.substring(end + 1, Math.min(nextEnd < 0 ? text.length() : nextEnd, end + 1 + DATELINE_PREFIX));
                d = hasFourDigits(next) ? writtenDate(line + " " + next, true) : null;
            }
            return d;
        });
    }

    /** Reads a date from the line {@code [start, end)} of a text, or null. */
    private interface LineDate {
        LocalDate read(int start, int end);
    }

    /** The first date {@code read} finds in the first {@value #DATELINE_LINES} non-empty lines of {@code text}, or null. */
    private static LocalDate inFirstLines(String text, LineDate read) {
        int pos = 0;
        int seen = 0;
        while (pos < text.length() && seen < DATELINE_LINES) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = text.length();
            }
            if (end > pos) {
                seen++;
                LocalDate d = read.read(pos, end);
                if (d != null) {
                    return d;
                }
            }
            pos = end + 1;
        }
        return null;
    }

    /**
     * The date of a labelled stamp that opens the text ("date 2022-01-31 ...") or one of its first
     * {@value #DATELINE_LINES} non-empty lines, as under a headline ("Police break up a march\n
     * Published: 2022-01-31 ..."), or null. The labels name the publication only, so a stamp a few
     * lines down is still the page's own.
     */
    LocalDate labelledStamp(String text) {
        Matcher m = stamp.matcher(text);
        return inFirstLines(text, (pos, end) -> {
            m.region(pos, text.length());
            return m.lookingAt() ? date(m.group(1), m.group(2), m.group(3)) : null;
        });
    }

    /**
     * A written date in the string. When {@code asDateline}, the date must be preceded only by
     * a place and followed by a dash, colon or end of line.
     */
    private LocalDate writtenDate(String s, boolean asDateline) {
        // the patterns are searched from every position: skip those that cannot find a month or digits
        boolean named = monthMentions.mayNameMonth(s);
        boolean numeric = asDateline && MonthMentions.mayHoldNumericDate(s);
        Matcher m = MDY.matcher(named ? s : "");
        while (m.find()) {
            Integer month = months.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null && (!asDateline || framed(s, m.start(), m.end()))) {
                LocalDate d = date(m.group(3), String.valueOf(month), m.group(2));
                if (d != null) {
                    return d;
                }
            }
        }
        m = DMY.matcher(named ? s : "");
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            Integer month = months.get(name);
            Integer shMonth = month == null ? persianMonths.get(name) : null;
            if ((month != null || shMonth != null) && (!asDateline || framed(s, m.start(), m.end()))) {
                LocalDate d = month != null ? date(m.group(3), String.valueOf(month), m.group(1))
                        : persianDate(m.group(3), shMonth, m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        if (asDateline) {
            m = ISO_IN_LINE.matcher(numeric ? s : "");
            while (m.find()) {
                LocalDate d = framed(s, m.start(), m.end()) ? date(m.group(1), m.group(3), m.group(4)) : null;
                if (d != null) {
                    return d;
                }
            }
            m = HYPHENED_DMY.matcher(named ? s : "");
            while (m.find()) {
                Integer month = months.get(m.group(2).toLowerCase(Locale.ROOT));
                LocalDate d = month != null && framed(s, m.start(), m.end())
                        ? date(m.group(3), String.valueOf(month), m.group(1)) : null;
                if (d != null) {
                    return d;
                }
            }
            m = NUMERIC_IN_LINE.matcher(numeric ? s : "");
            while (m.find()) {
                boolean dotted = m.group(2).equals(".");
                LocalDate d = !framed(s, m.start(), m.end()) ? null
                        : dotted ? date(m.group(4), m.group(3), m.group(1))
                        : DayOrMonthFirst.read(m.group(1), m.group(3), m.group(4), DayOrMonthFirst.weekdayBefore(s, m.start()));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The date of a line that is only the printed form of Java and Unix ("Fri Mar 13 21:30:09 EST 2015"), or null. */
    private LocalDate printedLine(String line) {
        Matcher m = PRINTED.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        Integer month = months.get(m.group(1).toLowerCase(Locale.ROOT));
        return month == null ? null : date(m.group(3), String.valueOf(month), m.group(2));
    }

    /** The date of a line that is only "14 Mar 11" (day, month name, two-digit year), or null. */
    private LocalDate shortYearLine(String line) {
        String l = line.strip();
        if (l.length() > SHORT_YEAR_LINE_MAX || l.isEmpty() || !Character.isDigit(l.charAt(0))) {
            return null;
        }
        Matcher m = SHORT_YEAR_LINE.matcher(l);
        if (!m.matches()) {
            return null;
        }
        Integer month = months.get(m.group(2).toLowerCase(Locale.ROOT));
        return month == null ? null
                : date(String.valueOf(CENTURY + Integer.parseInt(m.group(3))), String.valueOf(month), m.group(1));
    }

    /** Every written date has a four-digit year: a cheap test that spares most lines the patterns. */
    private static boolean hasFourDigits(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
    }

    private static boolean framed(String s, int start, int end) {
        return DATELINE_HEAD.matcher(s.substring(0, start)).matches()
                && DATELINE_TAIL.matcher(s).region(end, s.length()).lookingAt();
    }

    /** "18 فروردین 1405": a Solar Hijri day, as a Gregorian date; null when out of range. */
    private static LocalDate persianDate(String y, int month, String d) {
        try {
            int year = Integer.parseInt(y);
            int day = Integer.parseInt(d);
            if (year < SH_MIN || year > SH_MAX || day < 1 || day > 31 || month > 6 && day > 30) {
                return null;
            }
            return PersianDates.toGregorian(year, month, day);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The date of year, month and day digits, or null when they make no valid date from 1900 to 2100. */
    static LocalDate validDate(String y, String m, String d) {
        return date(y, m, d);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2100) {
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }
}
