package org.attest.clean;

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
            return year == null ? null : DateParser.validDate(year.toString(), String.valueOf(month), String.valueOf(day));
        }
        return null;
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

    private static String[] firstLines(String text) {
        String[] all = text.split("\n");
        String[] out = new String[Math.min(LINES, all.length)];
        int k = 0;
        for (String l : all) {
            if (k == out.length) {
                break;
            }
            if (!l.isBlank()) {
                out[k++] = l.length() > DateParser.DATELINE_PREFIX ? l.substring(0, DateParser.DATELINE_PREFIX) : l;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }
}
