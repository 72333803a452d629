package org.attest.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attest.model.DatePrecision;
import org.attest.model.Document;

/**
 * The date that relative expressions and year-less dates are resolved against.
 *
 * @param date      the anchor date, or {@code null} when the document gives none; for a
 *                  {@link DatePrecision#YEAR} anchor, 1 January of that year
 * @param precision {@link DatePrecision#DAY} or {@link DatePrecision#YEAR}
 * @param published true when {@code date} is the document's publication date
 * @param years     the Gregorian years the document states explicitly (never null)
 */
record Anchor(LocalDate date, DatePrecision precision, boolean published, Set<Integer> years) {
    Anchor {
        years = Set.copyOf(years);
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
     * year at year precision. Copyright lines do not count: a site's copyright year says when the
     * page template was made, not the report. Captions do count: a caption or related-story line
     * ("Election 2024: ...") is often the only place an undated page states its year, and an old
     * photograph's year is earlier than the report, so it never wins over a later one.
     */
    static Anchor of(Document doc, List<Candidate> candidates) {
        LocalDate latestFull = null;
        Integer latestYear = null;
        Set<Integer> years = new TreeSet<>();
        for (Candidate c : candidates) {
            if (c.rule().equals("copyright-year")) {
                continue;
            }
            DateExpr x = c.expr();
            Integer year = explicitGregorianYear(x);
            if (year == null) {
                continue;
            }
            years.add(year);
            latestYear = latestYear == null ? year : Math.max(latestYear, year);
            if (x.isFull()) {
                LocalDate d = x.kind() == DateExpr.Kind.PERSIAN
                        ? PersianDates.toGregorian(x.year(), x.month(), x.day())
                        : LocalDate.of(x.year(), x.month(), x.day());
                if (latestFull == null || d.isAfter(latestFull)) {
                    latestFull = d;
                }
            }
        }
        if (doc.published() != null) {
            return new Anchor(doc.published(), DatePrecision.DAY, true, years);
        }
        if (latestFull != null && latestFull.getYear() >= latestYear) {
            return new Anchor(latestFull, DatePrecision.DAY, false, years);
        }
        if (latestYear != null) {
            return new Anchor(LocalDate.of(latestYear, 1, 1), DatePrecision.YEAR, false, years);
        }
        return new Anchor(null, DatePrecision.UNKNOWN, false, years);
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

    /** The years worth trying for a year-less date with a weekday: near the anchor, then stated. */
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
        return out;
    }
}
