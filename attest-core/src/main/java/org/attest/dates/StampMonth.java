package org.attest.dates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page stamp that gives only the month: "date 2023-04 Riot police ..." at the very start
 * of a text. The clean stage reads a full stamp ("date 2023-04-15") as the publication day; a
 * month-only stamp cannot be a day, but it still dates the report to its month, so it is read
 * as a month mention. Elsewhere "2011-12" is as likely a span of years ("the 2011-12 season")
 * and stays unread. The labels are {@link StampLabels}, shared with the clean stage.
 */
final class StampMonth {
    private static final int MONTHS = 12;
    private static final Pattern STAMP = Pattern.compile("\\s*" + StampLabels.ALTERNATION + "\\s*:?\\s+",
            Pattern.CASE_INSENSITIVE);

    private StampMonth() {
    }

    /** The month of a "YYYY-MM" stamp whose year is the digit run [s, e), or null. */
    static Candidate match(String t, int s, int e) {
        if (e - s != 4 || e + 3 > t.length() || t.charAt(e) != '-') {
            return null;
        }
        int m2 = e + 3;
        if (!TextScan.isDigit(t.charAt(e + 1)) || !TextScan.isDigit(t.charAt(e + 2))
                || m2 < t.length() && (TextScan.isDigit(t.charAt(m2)) || t.charAt(m2) == '-' || TextScan.isLetter(t.charAt(m2)))) {
            return null;
        }
        int year = TextScan.value(t, s, e);
        int month = TextScan.value(t, e + 1, m2);
        if (year < NumberMatcher.MIN_BARE_YEAR || year > NumberMatcher.MAX_BARE_YEAR || month < 1 || month > MONTHS) {
            return null;
        }
        Matcher m = STAMP.matcher(t).region(0, s);
        if (!m.matches()) {
            return null;
        }
        return new Candidate(s, m2, DateExpr.gregorian(year, month, 0, null), "stamp-month");
    }
}
