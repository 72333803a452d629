package org.attest.dates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year of a report that marks an anniversary. A report written "on the anniversary of" an
 * event lies a year or more after it: when such a report states no publication year, the latest
 * year it states is the event's, not the report's ("protesters marked the anniversary of her death
 * on 16 September 2022" was written in 2023). The number of years comes from the ordinal before
 * "anniversary" ({@code anniversary-ordinals.txt}); anniversaries counted in days or months tell no
 * year.
 */
public final class Anniversaries {
    /** Chars from the top in which an anniversary names what the report is about: title and lead. */
    static final int LEAD_CHARS = 600;

    private static final Pattern ANNIVERSARY = Pattern.compile("(?i)(?:\\b([\\p{L}\\d]+(?:-[\\p{L}\\d]+)?)[\\s\u00a0]+)?anniversary\\b");

    private static final Map<String, Integer> YEARS = load();

    private Anniversaries() {}

    private static Map<String, Integer> load() {
        Map<String, Integer> out = new HashMap<>();
        for (String line : DateLexicon.lines("anniversary-ordinals.txt")) {
            String[] f = line.split("\\|");
            out.put(f[0].trim(), Integer.parseInt(f[1].trim()));
        }
        return Map.copyOf(out);
    }

    /**
     * The year of a report whose title or lead marks an anniversary of an event of {@code latestYear},
     * or null when the lead names no anniversary that counts in years.
     *
     * @param text       the document's cleaned text
     * @param latestYear the latest year the text states, or null
     */
    static Integer reportYear(String text, Integer latestYear) {
        if (latestYear == null) {
            return null;
        }
        Matcher m = inLead(text);
        if (m == null) {
            return null;
        }
        while (m.find()) {
            int years = years(m);
            if (years > 0) {
                return latestYear + years;
            }
        }
        return null;
    }

    /** A day right before a year: "16 September ", "October 16, ". */
    private static final Pattern DAY_BEFORE = Pattern.compile("(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\p{L}+\\.?,?|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+$");

    /**
     * True when {@code year} stands in {@code text[from, to)} as a year or a month's year ("the
     * 2022 uprising", "in September 2022"), not as a full day's: "on October 16, 2018" may be the
     * anniversary's own day.
     */
    private static boolean namesYear(String text, int from, int to, String year) {
        for (int at = text.indexOf(year, from); at >= 0 && at + year.length() <= to; at = text.indexOf(year, at + 1)) {
            if (!DAY_BEFORE.matcher(text.substring(Math.max(from, at - 24), at)).find()) {
                return true;
            }
        }
        return false;
    }

    /** Chars after "anniversary" its sentence is searched for the year of the event it marks. */
    private static final int EVENT_REACH = 250;

    /**
     * The year of an undated report whose title or lead marks an anniversary of an event told with
     * {@code latestYear} in the same sentence ("the anniversary of the 2022 uprising", "the first
     * anniversary of the uprising that erupted ... in September 2022"), or null. The report lies
     * that many years after its latest stated year, so that its year-less days ("in the days
     * leading up to September 16") are of the anniversary's year. An anniversary whose sentence
     * states no such year, or only in a full day ("marked the anniversary of the flood on 16
     * September 2023"), may be dated by the report's own year, and gives none.
     */
    static Integer yearOfMarkedEvent(String text, Integer latestYear) {
        if (latestYear == null) {
            return null;
        }
        Matcher m = inLead(text);
        if (m == null) {
            return null;
        }
        String year = String.valueOf(latestYear);
        while (m.find()) {
            int years = years(m);
            int end = sentenceEnd(text, m.end());
            if (years > 0 && namesYear(text, m.end(), end, year)) {
                return latestYear + years;
            }
        }
        return null;
    }

    /** What joins "anniversary" to the day it marks: " of the ", " of ". */
    private static final Pattern OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?");

    /**
     * The day an undated report was written when its title or lead marks the anniversary of an
     * event named by its full day ("the first anniversary of the Sept. 30, 2022 killings"): that
     * day, as many years on as the ordinal says. Such a report is written on or about the
     * anniversary, so its weekdays ("on Friday, the eve of ...") count from it. A full day that
     * does not follow "anniversary of" ("marked the anniversary on 16 September 2023") may be
     * the report's own day and gives none. Null when there is no such anniversary.
     *
     * @param candidates the document's date candidates in text order
     */
    static LocalDate dayOfMarkedEvent(String text, List<Candidate> candidates) {
        Matcher m = inLead(text);
        if (m == null) {
            return null;
        }
        Matcher of = OF.matcher(text);
        while (m.find()) {
            int years = years(m);
            of.region(m.end(), text.length());
            if (years <= 0 || !of.lookingAt()) {
                continue;
            }
            for (Candidate c : candidates) {
                if (c.span().start() > of.end()) {
                    break;
                }
                DateExpr x = c.expr();
                if (c.span().start() == of.end() && x.kind() == DateExpr.Kind.GREGORIAN && x.isFull()) {
                    LocalDate event = LocalDate.of(x.year(), x.month(), x.day());
                    return event.plusYears(years);
                }
            }
        }
        return null;
    }

    /** A year of an event an anniversary marks: "the 2021 protests", "in July 2021". */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/.-])(?:19|20)\\d{2}(?![\\d/-])");

    /**
     * The year of a report whose title or lead marks the anniversary of an event its sentence
     * gives a year ("ahead of the second anniversary of the 2021 water protests": 2023), or null.
     * For a dateline that prints no year: the text's own word outranks a page footer's copyright
     * year, which is often the year the site's template was last touched. Scans the lead only.
     */
    public static Integer ofLead(String text) {
        Matcher m = inLead(text);
        if (m == null) {
            return null;
        }
        while (m.find()) {
            int years = years(m);
            if (years <= 0) {
                continue;
            }
            int end = sentenceEnd(text, m.end());
            Matcher y = YEAR.matcher(text).region(m.end(), end);
            while (y.find()) {
                // "on October 16, 2018" may be the anniversary's own day, not the event's year
                if (!DAY_BEFORE.matcher(text.substring(Math.max(m.end(), y.start() - 24), y.start())).find()) {
                    return Integer.parseInt(y.group()) + years;
                }
            }
        }
        return null;
    }

    /**
     * A matcher of "anniversary" over the title and lead, or null when they never say the word (the
     * pattern's find tries every word start, and few leads have the word).
     */
    private static Matcher inLead(String text) {
        String lead = text.substring(0, Math.min(text.length(), LEAD_CHARS));
        return saysAnniversary(lead) ? ANNIVERSARY.matcher(lead) : null;
    }

    /**
     * True when the word "anniversary" stands in {@code lead} in any case, compared in place: the
     * lead is asked four times a document (the cleaner's year, then three passes here), and a lower
     * case of it made each time cost more than the rest of the test. Case-blind comparison finds
     * every "anniversary" the lead's lower case holds (no char outside ASCII lower-cases to one of
     * its letters but "İ", which lower-cases to two chars), and the pattern decides.
     */
    private static boolean saysAnniversary(String lead) {
        String word = "anniversary";
        for (int i = 0; i + word.length() <= lead.length(); i++) {
            if ((lead.charAt(i) | 0x20) == 'a' && lead.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    /** How many years the anniversary {@code m} found counts: its ordinal's, or one without one. */
    private static int years(Matcher m) {
        String before = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        return YEARS.getOrDefault(before, 1);
    }

    /** Where the sentence of an anniversary ending at {@code from} ends, at most {@link #EVENT_REACH} on. */
    private static int sentenceEnd(String text, int from) {
        int end = Math.min(text.length(), from + EVENT_REACH);
        int line = text.indexOf('\n', from);
        int stop = text.indexOf(". ", from);
        return Math.min(end, Math.min(line < 0 ? end : line, stop < 0 ? end : stop));
    }
}
