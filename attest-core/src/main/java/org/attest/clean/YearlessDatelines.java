package org.attest.clean;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dateline without its year ("QUITO, May 4 (Agency) -") whose year a numeric stamp near it
 * gives ("Posted 04/05/2023 10:12"), else a full date the lead names a few weeks before it
 * ({@link LeadYears}), else the page's copyright year. The stamp alone may read day
 * first or month first; the dateline's day and month say which, and the stamp gives the year.
 * Without this the page has no publication date, and a year named in its background ("the 2015
 * uprising") would date its days. For {@link DateParser}.
 */
final class YearlessDatelines {
    private static final String MONTH = "(\\p{L}{3,9})\\.?";
    /** A place, then a month's name and a day or a day and a month's name, then an optional agency and a dash or colon. */
    private static final Pattern LINE = Pattern.compile(
            "\\s*\\(?[\\p{Lu}][\\p{L}'’.\\- ]{0,40}(?:,\\s*[\\p{Lu}][\\p{L}'’.\\- ]{0,30})?,\\s*(?:\\p{L}+day,?\\s+)?"
            + "(?:" + MONTH + "\\s+(\\d{1,2})|(\\d{1,2})\\s+" + MONTH + ")(?:st|nd|rd|th)?\\)?"
            + "\\s*(?:\\([^()]{1,40}\\)\\s*\\.?)?[-–—:]");
    /** Day and month digits either way round, then a four-digit year: "04/05/2023", "4-5-2023". */
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})(?![\\d/-])");
    /** An English weekday as a word: "on Thursday", "Tuesday night". */
    private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    /** The stamp stands among the text's first lines, as the dateline does. */
    private static final int LINES = DateParser.DATELINE_LINES;

    private YearlessDatelines() {
    }

    /**
     * The day of the first year-less dateline in the first lines of {@code text}, in the year of a
     * numeric date in those lines whose two numbers are that day and month (either way round), else
     * in the year of a full date the lead names at most {@value LeadYears#LEAD_DAYS} days before it, else
     * in {@code pageYear}'s year (the page's copyright year, asked only then; null when unknown), or null.
     */
    static LocalDate read(String text, Map<String, Integer> months, Supplier<Integer> pageYear) {
        String[] lines = firstLines(text);
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (!m.lookingAt()) {
                continue;
            }
            Integer month = months.get((m.group(1) != null ? m.group(1) : m.group(4)).toLowerCase(Locale.ROOT));
            if (month == null) {
                return null;
            }
            int day = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
            LocalDate stamped = stampYear(lines, month, day);
            if (stamped != null) {
                return stamped;
            }
            LocalDate led = LeadYears.read(lines, months, month, day);
            if (led != null) {
                return led;
            }
            Integer year = pageYear.get();
            LocalDate d = year == null ? null : DateParser.validDate(year.toString(), String.valueOf(month), String.valueOf(day));
            return d != null && leadDenies(line.substring(m.end()), d) ? null : d;
        }
        return null;
    }

    /**
     * True when the lead sentence after the dateline names a weekday ("... rallied on Thursday")
     * on which neither the day nor the day before falls (wire copy tells the day of filing or the
     * night before it). A copyright year says when the page was last built, often years after
     * the report: a weekday that does not fit says the report is of another year, which the
     * dates stage then reads from the text.
     */
    static boolean leadDenies(String lead, LocalDate d) {
        int stop = lead.indexOf(". ");
        Matcher w = WEEKDAY.matcher(stop < 0 ? lead : lead.substring(0, stop));
        if (!w.find()) {
            return false;
        }
        DayOfWeek named = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
        return d.getDayOfWeek() != named && d.minusDays(1).getDayOfWeek() != named;
    }

    /** The date of {@code month} and {@code day} in the year of a numeric stamp that writes them, or null. */
    private static LocalDate stampYear(String[] lines, int month, int day) {
        for (String line : lines) {
            Matcher n = NUMERIC.matcher(line);
            while (n.find()) {
                int a = Integer.parseInt(n.group(1));
                int b = Integer.parseInt(n.group(3));
                if (a == day && b == month || a == month && b == day) {
                    LocalDate d = DateParser.validDate(n.group(4), String.valueOf(month), String.valueOf(day));
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /** The first {@value #LINES} lines that are not blank, each cut at {@link DateParser#DATELINE_PREFIX}. */
    private static String[] firstLines(String text) {
        // line by line up to the last one needed: splitting the whole text cost a string per line
        String[] out = new String[LINES];
        int k = 0;
        int pos = 0;
        int n = text.length();
        while (k < LINES && pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            String l = text.substring(pos, end);
            if (!l.isBlank()) {
                out[k++] = l.length() > DateParser.DATELINE_PREFIX ? l.substring(0, DateParser.DATELINE_PREFIX) : l;
            }
            pos = end + 1;
        }
        return java.util.Arrays.copyOf(out, k);
    }
}
