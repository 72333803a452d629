package org.attest.clean;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a year-less dateline ("SWEIDA, August 31 (Agency) -") as the story's own lead gives
 * it: a full date written in the first lines ("the protests began on August 17, 2023") that falls
 * a few weeks before the dateline's day and month in its year dates the report to that year. A
 * page's copyright line tells only when the site was last put out, often years after an archived
 * story; a lead that counts the days of what it reports ("entered their third week") is nearer
 * the truth. A date too far before the dateline's day is background ("the 2019 uprising") and is
 * passed over. For {@link YearlessDatelines}.
 */
final class LeadYears {
    /** How many days before the dateline's day a date the lead names may fall and still date it. */
    static final int LEAD_DAYS = 31;
    private static final String MONTH = "(\\p{L}{3,9})\\.?";
    /** "August 17, 2023" or "August 17 2023". */
    private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    /** "17 August 2023". */
    private static final Pattern DMY = Pattern.compile("(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)");

    private LeadYears() {
    }

    /**
     * The date of {@code month} and {@code day} in the year of the first full date in {@code lines}
     * that falls on it or at most {@value #LEAD_DAYS} days before it, or null.
     */
    static LocalDate read(String[] lines, Map<String, Integer> months, int month, int day) {
        for (String line : lines) {
            LocalDate d = near(MDY.matcher(line), months, month, day, 1, 2);
            if (d == null) {
                d = near(DMY.matcher(line), months, month, day, 2, 1);
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate near(Matcher m, Map<String, Integer> months, int month, int day, int monthGroup, int dayGroup) {
        while (m.find()) {
            Integer named = months.get(m.group(monthGroup).toLowerCase(Locale.ROOT));
            if (named == null) {
                continue;
            }
            LocalDate written = DateParser.validDate(m.group(3), String.valueOf(named), m.group(dayGroup));
            if (written == null) {
                continue;
            }
            // the dateline's day in the written date's year, or in the next when the lead crosses New Year
            for (int y = written.getYear(); y <= written.getYear() + 1; y++) {
                LocalDate dateline = DateParser.validDate(String.valueOf(y), String.valueOf(month), String.valueOf(day));
                if (dateline != null && !dateline.isBefore(written)
                        && ChronoUnit.DAYS.between(written, dateline) <= LEAD_DAYS) {
                    return dateline;
                }
            }
        }
        return null;
    }
}
