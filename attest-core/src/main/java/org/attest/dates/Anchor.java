package org.attest.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Span;

/**
 * The date that relative expressions and year-less dates are resolved against.
 *
 * @param date      the anchor date, or {@code null} when the document gives none; for a
 *                  {@link DatePrecision#YEAR} anchor, 1 January of that year
 * @param precision {@link DatePrecision#DAY} or {@link DatePrecision#YEAR}
 * @param published true when {@code date} is the day the report was written: its publication
 *                  date, or a dateline's day (see {@link #dateline})
 * @param years     the Gregorian years the document states explicitly (never null)
 * @param dateline  the start offset of the dateline whose day is {@code date}, or -1
 * @param ahead     the start offsets of the dates an undated report puts ahead of itself
 *                  ({@link DateLexicon#looksAhead}); empty when the report has a publication date
 * @param since     for a year-precision anchor, the month of that year a series the report tells
 *                  runs from ("Since December 2020, ..."), or null: the report was written after it
 * @param storyMonth the month of an undated report's latest full date ("on 16 November 2022"), or
 *                  without one its latest month with a year ("since mid-December 2023"), or null:
 *                  the report was written in or after it
 */
record Anchor(LocalDate date, DatePrecision precision, boolean published, Set<Integer> years, int dateline,
              Set<Integer> ahead, YearMonth since, YearMonth storyMonth) {
    Anchor {
        years = Set.copyOf(years);
        ahead = Set.copyOf(ahead);
    }

    /** True when the candidate is a date the undated report puts ahead of itself. */
    boolean isAhead(Candidate c) {
        return ahead.contains(c.span().start());
    }

    boolean exists() {
        return date != null;
    }

    /** True when the anchor knows the day: published, or a full date the text states. */
    boolean knowsDay() {
        return date != null && precision == DatePrecision.DAY;
    }

    /**
     * The document's anchor: its publication date when present, else derived from the text.
     * The derived anchor is the latest full date (day, month, year) the text states, unless a
     * later year is stated ("Election 2021" after "June 30, 2018"), in which case it is that
     * year at year precision; an undated report marking an anniversary of an event of its latest
     * year ({@link Anniversaries#yearOfMarkedEvent}) is anchored on the anniversary's year. A year the text puts ahead ("promised to pay by 2027", see
     * {@link DateLexicon#looksAhead}) counts only when no other year is stated. Copyright lines do not count: a site's copyright year says when the
     * page template was made, not the report. Captions do count: a caption or related-story line
     * ("Election 2024: ...") is often the only place an undated page states its year, and an old
     * photograph's year is earlier than the report, so it never wins over a later one.
     */
    static Anchor of(Document doc, List<Candidate> candidates, DateLexicon lexicon) {
        Set<Integer> years = new TreeSet<>();
        Set<Integer> aheadStarts = new HashSet<>();
        Latest told = new Latest();
        Latest ahead = new Latest();
        for (Candidate c : candidates) {
            if (c.rule().equals("copyright-year")) {
                continue;
            }
            DateExpr fx = c.expr();
            if (fx.kind() == DateExpr.Kind.GREGORIAN && fx.year() != null && fx.month() == 0
                    && lexicon.tellsFounding(doc.text(), c.span().start())) {
                continue; // "a movement created in 1981": when the movement began, not the report
            }
            DateExpr x = c.expr();
            Integer year = explicitGregorianYear(x);
            if (year != null) {
                years.add(year);
                if (doc.published() == null && lexicon.looksAhead(doc.text(), c.span().start())) {
                    aheadStarts.add(c.span().start());
                    ahead.add(x, year);
                } else {
                    told.add(x, year);
                }
            }
        }
        // a deadline or a plan ("by 2027") says nothing of when the report was written, unless
        // the report states no other year
        Latest latest = told.year != null ? told : ahead;
        if (doc.published() == null && told.year != null && ahead.full != null && ahead.full.getYear() > told.year) {
            // "will vote on June 18, 2021" beside "in the 2017 election": the report was written shortly before
            // the day it looks ahead to, and every year it tells is history
            latest = ahead;
        }
        LocalDate latestFull = latest.full;
        Integer latestYear = latest.year;
        Candidate line = dateline(doc, candidates);
        // a year-less dateline of an undated report takes the year of the anniversary it marks
        Integer marked = doc.published() == null ? Anniversaries.reportYear(doc.text(), latestYear) : null;
        LocalDate written = line == null ? null : datelineDay(doc, line.expr(), marked);
        if (written == null && line != null && doc.published() == null && marked == null) {
            written = storyDatelineDay(line.expr(), latestFull, latestYear);
        }
        if (written == null && line != null && doc.published() == null && marked == null && told.year != null) {
            // no full date of the latest year to follow: the weekday the lead gives the dateline's day says its year
            written = WeekdayDatelines.day(doc.text(), line, candidates, told.year);
        }
        if (doc.published() != null) {
            LocalDate p = doc.published();
            boolean before = written != null && written.isBefore(p) && !written.isBefore(p.minusDays(DATELINE_DAYS));
            return before ? new Anchor(written, DatePrecision.DAY, true, years, line.span().start(), aheadStarts, null, null)
                    : new Anchor(p, DatePrecision.DAY, true, years, -1, aheadStarts, null, null);
        }
        if (written != null) {
            return new Anchor(written, DatePrecision.DAY, true, years, line.span().start(), aheadStarts, null, null);
        }
        LocalDate markedDay = Anniversaries.dayOfMarkedEvent(doc.text(), candidates);
        if (markedDay != null) {
            // "the first anniversary of the Sept. 30, 2022 killings": written about 30 September 2023
            return new Anchor(markedDay, DatePrecision.DAY, false, years, -1, aheadStarts, null, null);
        }
        Integer anniversary = Anniversaries.yearOfMarkedEvent(doc.text(), latestYear);
        if (anniversary != null) {
            // "the first anniversary of the 2022 uprising": written in 2023, whose days its year-less dates are
            return new Anchor(LocalDate.of(anniversary, 1, 1), DatePrecision.YEAR, false, years, -1, aheadStarts, null, null);
        }
        if (latestFull != null && latestFull.getYear() >= latestYear) {
            // "the December 17 elections ... December 19, 2022": a report that leaves days of its latest
            // month without their year writes years for no reason of other years; its earlier days keep it
            YearMonth story = yearlessDayIn(candidates, latestFull.getMonthValue()) ? null : YearMonth.from(latestFull);
            return new Anchor(latestFull, DatePrecision.DAY, false, years, -1, aheadStarts, null, story);
        }
        if (latestYear != null) {
            return new Anchor(LocalDate.of(latestYear, 1, 1), DatePrecision.YEAR, false, years, -1, aheadStarts,
                    seriesStart(doc, candidates, latestYear, lexicon), latest.month);
        }
        return new Anchor(null, DatePrecision.UNKNOWN, false, years, -1, aheadStarts, null, null);
    }

    /** True when a candidate is a day of month {@code month} written without its year ("the December 17 vote"). */
    private static boolean yearlessDayIn(List<Candidate> candidates, int month) {
        for (Candidate c : candidates) {
            DateExpr x = c.expr();
            if (x.kind() == DateExpr.Kind.GREGORIAN && x.year() == null && x.yearOffset() == null
                    && x.month() == month && x.day() > 0) {
                return true;
            }
        }
        return false;
    }

    /** The latest month of {@code year} that opens a series the report tells ("Since December 2020"), or null. */
    private static YearMonth seriesStart(Document doc, List<Candidate> candidates, int year, DateLexicon lexicon) {
        YearMonth since = null;
        for (Candidate c : candidates) {
            DateExpr x = c.expr();
            if (x.kind() == DateExpr.Kind.GREGORIAN && x.year() != null && x.year() == year && x.month() > 0
                    && x.day() == 0 && lexicon.opensSeries(doc.text(), c.span().start())) {
                YearMonth m = YearMonth.of(year, x.month());
                since = since == null || m.isAfter(since) ? m : since;
            }
        }
        return since;
    }

    /** The latest year and the latest full date among the dates given to {@link #add}. */
    private static final class Latest {
        LocalDate full;
        Integer year;
        YearMonth month;

        void add(DateExpr x, int gregorianYear) {
            year = year == null ? gregorianYear : Math.max(year, gregorianYear);
            if (x.kind() == DateExpr.Kind.GREGORIAN && x.month() > 0) {
                YearMonth ym = YearMonth.of(gregorianYear, x.month());
                month = month == null || ym.isAfter(month) ? ym : month;
            }
            if (x.isFull()) {
                LocalDate d = x.kind() == DateExpr.Kind.PERSIAN
                        ? PersianDates.toGregorian(x.year(), x.month(), x.day())
                        : LocalDate.of(x.year(), x.month(), x.day());
                if (full == null || d.isAfter(full)) {
                    full = d;
                }
            }
        }
    }

    /** How far into the text a dateline may stand, in chars. */
    private static final int DATELINE_TEXT = 400;
    /** How far into its line a dateline's date may start, in chars. */
    private static final int DATELINE_LINE = DateResolver.DATELINE_REACH;
    /** How many days before the publication a dateline may lie and still be the day of writing. */
    private static final int DATELINE_DAYS = 7;
    /** Chars after a date within which another date makes the two a range. */
    private static final int RANGE_GAP = 12;

    /**
     * The dateline near the top of the text ("Iran Human Rights, August 22: ...", "(Beirut,
     * August 3, 2025) -"), or null: a day date early in its line after a place or a source,
     * followed by a colon or a dash. It names the day the report was written, so "today" and "on
     * Tuesday" count from it: a page that republishes the report a day later, or states no
     * publication date, tells no other.
     */
    private static Candidate dateline(Document doc, List<Candidate> candidates) {
        String t = doc.text();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            int at = c.span().start();
            if (at >= DATELINE_TEXT) {
                return null;
            }
            if (i + 1 < candidates.size() && candidates.get(i + 1).span().start() - c.span().end() < RANGE_GAP) {
                continue; // "March 3 - March 10": a range, no dateline
            }
            DateExpr x = c.expr();
            if (x.kind() == DateExpr.Kind.GREGORIAN && x.day() > 0 && x.month() > 0 && x.yearOffset() == null
                    && at - (t.lastIndexOf('\n', Math.max(0, at - 1)) + 1) < DATELINE_LINE && placeBefore(t, at)
                    && dashOrColonAfter(t, c.span().end())) {
                return c;
            }
        }
        return null;
    }

    /**
     * The day of a dateline, or null. Without its year it takes the publication's (the year
     * before when it would lie after the publication); a report without a publication date needs
     * the year written out: the years it states may be history ("the 2019 uprising"), unless it
     * marks an anniversary (see {@link Anniversaries}), whose year follows the event's.
     */
    private static LocalDate datelineDay(Document doc, DateExpr x, Integer markedYear) {
        LocalDate p = doc.published();
        Integer year = x.year() != null ? x.year() : p != null ? Integer.valueOf(p.getYear()) : markedYear;
        if (year == null || x.day() > YearMonth.of(year, x.month()).lengthOfMonth()) {
            return null;
        }
        LocalDate d = LocalDate.of(year, x.month(), x.day());
        return x.year() == null && p != null && d.isAfter(p) ? d.minusYears(1) : d;
    }

    /**
     * The day of a year-less dateline of an undated report whose latest full date is in the latest
     * year it states ("Portville, May 19 (XNA): ..." over "arrested on November 16, 2022"), or null:
     * the report was written after the latest day it tells, so the dateline takes that day's year,
     * or the next one when its month and day come before that day's. A report whose latest full
     * date is older than a year it states (a history told beside "Election 2024") gives none: its
     * year of writing is not known.
     */
    private static LocalDate storyDatelineDay(DateExpr x, LocalDate latestFull, Integer latestYear) {
        if (x.year() != null || latestFull == null || latestYear == null || latestFull.getYear() < latestYear) {
            return null;
        }
        int year = latestFull.getYear();
        if (x.month() < latestFull.getMonthValue()
                || x.month() == latestFull.getMonthValue() && x.day() < latestFull.getDayOfMonth()) {
            year++;
        }
        if (x.day() > YearMonth.of(year, x.month()).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, x.month(), x.day());
    }

    /**
     * True when the date at {@code span} stands as a dateline does, whether or not it is the
     * report's: after a place or a source and before a dash or a colon ("Kempen, May 18, 2023 -").
     */
    static boolean datelineShaped(String t, Span span) {
        return placeBefore(t, span.start()) && dashOrColonAfter(t, span.end());
    }

    /**
     * True when the date at offset {@code at} opens its line or follows a comma or an opening
     * bracket ("Portville, March 9", "(Beirut, August 3"): a dateline names a place or a source
     * before its date, never a verb ("Strikes began on March 2, 2023 - a Thursday").
     */
    private static boolean placeBefore(String t, int at) {
        int i = at;
        while (i > 0 && t.charAt(i - 1) == ' ') {
            i--;
        }
        return i == 0 || t.charAt(i - 1) == '\n' || t.charAt(i - 1) == ',' || t.charAt(i - 1) == '(';
    }

    /** Chars an agency's name in brackets may take after a dateline's date ("Aug 10 (Reuters) -"). */
    private static final int AGENCY_CHARS = 30;

    /**
     * True when a colon or a dash follows offset {@code end}, after an optional closing bracket or
     * an agency's name in brackets.
     */
    private static boolean dashOrColonAfter(String t, int end) {
        int i = end;
        if (i < t.length() && t.charAt(i) == ')') {
            i++;
        }
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        if (i < t.length() && t.charAt(i) == '(') {
            int close = t.indexOf(')', i);
            if (close < 0 || close - i > AGENCY_CHARS) {
                return false;
            }
            i = close + 1;
            if (i + 1 < t.length() && t.charAt(i) == '.' && t.charAt(i + 1) == '-') {
                i++; // "Tehran, Sep 17 (EFE).- Protests ...": the agency's full stop before the dash
            }
        }
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        if (i >= t.length()) {
            return false;
        }
        char c = t.charAt(i);
        return c == ':' || c == '-' || c == '\u2013' || c == '\u2014';
    }

    private static Integer explicitGregorianYear(DateExpr x) {
        if (x.year() == null) {
            return null;
        }
        return switch (x.kind()) {
            case GREGORIAN, WEEK_OF_MONTH -> x.year();
            case PERSIAN -> x.month() > 0
                    ? Integer.valueOf(PersianDates.monthToGregorian(x.year(), x.month()).getYear())
                    : Integer.valueOf(PersianDates.yearToGregorian(x.year()));
            default -> null;
        };
    }

    /**
     * The years worth trying for a year-less date with a weekday: near the anchor, then stated. An
     * undated report was written in or after the latest year it states, often a year or two after
     * it ("ousted in April 2022 ... on Thursday (Feb 8)", which fits 2024): two more years ahead.
     */
    List<Integer> candidateYears() {
        List<Integer> out = new ArrayList<>();
        if (date != null) {
            int y = date.getYear();
            out.add(y);
            out.add(y - 1);
            out.add(y + 1);
        }
        for (int y : years) {
            if (!out.contains(y)) {
                out.add(y);
            }
        }
        if (date != null && !published) {
            for (int y = date.getYear() + 2; y <= date.getYear() + UNDATED_YEARS_AHEAD; y++) {
                if (!out.contains(y)) {
                    out.add(y);
                }
            }
        }
        return out;
    }

    /** How many years after its anchor an undated report's weekday-dated day may fall. */
    private static final int UNDATED_YEARS_AHEAD = 3;
}
