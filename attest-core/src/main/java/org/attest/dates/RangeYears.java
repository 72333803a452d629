package org.attest.dates;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.model.DateMention;

/**
 * The year written once after two days of one month: in "from August 1 to 10, 2024", "on June 4 and
 * 5, 2023" and "March 3-7, 2021" the year closes the pair or the stretch and is the first day's
 * too, which the scanner reads as a day without a year (and so of the publication year). So is
 * the year after two months ("in June and July 2023", "from March to May 2021"): the first month's,
 * or the one before it when the first month comes later in the year ("December and January 2024").
 */
final class RangeYears {
    /** The rule suffix of a mention given the year written after its stretch. */
    static final String RULE = "+range-year";

    /** Right after "August 1": "to 10, 2024", "and 5, 2023", "-7, 2021", "through 12th 2020". */
    private static final Pattern CLOSING_YEAR = Pattern.compile(
            "\\s*(?:to|and|through|until|till|-|\u2013|\u2014)\\s*\\d{1,2}(?:st|nd|rd|th)?(?!\\d),?\\s+((?:19|20)\\d\\d)(?!\\d)");

    /** Between two months that share the year after the second: "and", "or", "to", a dash. */
    private static final Pattern MONTH_LINK = Pattern.compile("\\s*(?:and|or|to|through|until|till|-|\u2013|\u2014)\\s*");

    private RangeYears() {}

    /**
     * The month mention {@code m} (of candidate {@code c}, which gives no year) in the year of the
     * candidate {@code next} right after it, when only a link word stands between and {@code next}
     * is a month with its year ("June and July 2023"); else {@code m} unchanged.
     */
    static DateMention pairedMonth(String text, DateMention m, Candidate c, Candidate next) {
        DateExpr x = c.expr();
        if (m.value() == null || m.value().length() != 7 || next == null || x.day() > 0 || x.month() <= 0
                || next.expr().kind() != DateExpr.Kind.GREGORIAN || next.expr().year() == null
                || next.expr().month() <= 0 || next.expr().day() > 0
                || !MONTH_LINK.matcher(text).region(m.span().end(), next.span().start()).matches()) {
            return m;
        }
        int year = next.expr().year() - (x.month() > next.expr().month() ? 1 : 0);
        String value = String.format("%04d-%02d", year, x.month());
        return value.equals(m.value()) ? m
                : new DateMention(m.text(), m.span(), value, m.precision(), false, m.rule() + RULE);
    }

    /**
     * The mention in the year written after the second day of its pair or stretch, or the mention
     * unchanged when none follows it.
     *
     * @param text the document's text
     * @param m    a day mention whose text gives no year ("August 1")
     */
    static DateMention closedBy(String text, DateMention m) {
        if (m.value() == null || m.value().length() != 10) {
            return m;
        }
        Matcher a = CLOSING_YEAR.matcher(text).region(m.span().end(), text.length());
        if (!a.lookingAt()) {
            return m;
        }
        int year = Integer.parseInt(a.group(1));
        LocalDate told = LocalDate.parse(m.value());
        if (told.getYear() == year) {
            return m;
        }
        return new DateMention(m.text(), m.span(), told.withYear(year).toString(), m.precision(), false, m.rule() + RULE);
    }
}
