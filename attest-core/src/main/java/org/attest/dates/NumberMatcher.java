package org.attest.dates;

import static org.attest.dates.TextScan.digitsEnd;
import static org.attest.dates.TextScan.isDigit;
import static org.attest.dates.TextScan.isLetter;
import static org.attest.dates.TextScan.skipSpace;
import static org.attest.dates.TextScan.value;
import static org.attest.dates.TextScan.wordAt;
import static org.attest.dates.TextScan.wordBefore;

import java.time.YearMonth;

/**
 * Matches dates that start with a digit: numeric dates ("2021-06-01", "13/06/2021",
 * "1398/08/24" in the Solar Hijri calendar), day-first dates (through {@link CalendarMatcher})
 * and bare years ("in 1988", "the 2018 uprising", "since ۱۳۶۷").
 *
 * <p>A bare four-digit number is a Gregorian year when it lies in 1900..2099 and nothing around
 * it makes it a count, a measure, money, an identifier or part of a bigger token: not in
 * "1,988", "#Iran2021", "$2000", "2000 people", "some 2000", "2000-strong", "2000s",
 * "resolution 2231". A number in 1300..1420 is a Solar Hijri year only with positive evidence:
 * a year word before it ("in", "since", "سال") or a calendar mark after it ("SH", "ش").
 */
final class NumberMatcher {
    static final int MIN_BARE_YEAR = 1900;
    static final int MAX_BARE_YEAR = 2099;
    static final int MIN_BARE_SH_YEAR = 1300;
    static final int MAX_BARE_SH_YEAR = 1420;

    private final DateLexicon lexicon;
    private final CalendarMatcher calendar;

    NumberMatcher(DateLexicon lexicon, CalendarMatcher calendar) {
        this.lexicon = lexicon;
        this.calendar = calendar;
    }

    /** The date that starts with the digit run [s, e), or {@code null}. */
    Candidate match(String t, int s, int e) {
        if (s > 0 && partOfBiggerToken(t, s)) {
            return null;
        }
        if (e < t.length()) {
            char sep = t.charAt(e);
            if (sep == '-' || sep == '/' || sep == '.') {
                Candidate c = sep == '-' ? StampMonth.match(t, s, e) : null;
                if (c == null) {
                    c = numericDate(t, s, e, sep);
                }
                if (c != null) {
                    return c;
                }
                if (sep != '-' && e + 1 < t.length() && isDigit(t.charAt(e + 1))) {
                    return null; // "3.5", "12/3": a number, not a date or a year
                }
            }
        }
        if (e - s <= 2) {
            return calendar.dayFirst(t, s, e);
        }
        if (e - s == 4) {
            return bareYear(t, s, e);
        }
        return null;
    }

    private static boolean partOfBiggerToken(String t, int s) {
        char p = t.charAt(s - 1);
        if (isLetter(p) || isDigit(p) || p == '#' || p == '@' || p == '_' || p == '$' || p == '€'
                || p == '£' || p == '¥' || p == '/' || p == '\\') {
            return true;
        }
        // "1,988", "2.2021": the digits continue a number
        return (p == ',' || p == '.') && s > 1 && isDigit(t.charAt(s - 2));
    }

    /** "2021-06-01", "2021/06/01", "1398/08/24", "13/06/2021", "6/13/2021"; null if ambiguous. */
    private Candidate numericDate(String t, int s, int e, char sep) {
        int s2 = e + 1;
        int e2 = digitsEnd(t, s2);
        if (e2 == s2 || e2 - s2 > 2 || e2 >= t.length() || t.charAt(e2) != sep) {
            return null;
        }
        int s3 = e2 + 1;
        int e3 = digitsEnd(t, s3);
        boolean isoTime = sep == '-' && e3 + 1 < t.length() && t.charAt(e3) == 'T' && isDigit(t.charAt(e3 + 1));
        if (e3 == s3 || (!isoTime && e3 < t.length() && (isLetter(t.charAt(e3)) || isDigit(t.charAt(e3))))) {
            return null;
        }
        if (e3 < t.length() && (t.charAt(e3) == sep || t.charAt(e3) == ':')
                && e3 + 1 < t.length() && isDigit(t.charAt(e3 + 1))) {
            return null; // a longer code or a time: 1.2.3.4
        }
        int a = value(t, s, e);
        int b = value(t, s2, e2);
        int c = value(t, s3, e3);
        if (e - s == 4 && e3 - s3 <= 2) {
            if (a >= MIN_BARE_YEAR && a <= MAX_BARE_YEAR && valid(a, b, c)) {
                return new Candidate(s, e3, DateExpr.gregorian(a, b, c, null), "numeric-ymd");
            }
            if (a >= CalendarMatcher.MIN_SH_YEAR && a <= CalendarMatcher.MAX_SH_YEAR
                    && b >= 1 && b <= 12 && c >= 1 && c <= (b <= 6 ? 31 : 30)) {
                return new Candidate(s, e3, DateExpr.persian(a, b, c), "numeric-ymd-sh");
            }
            return null;
        }
        // "13/06/2021", "19-09-2022": only an order the numbers settle is read ("05-09-2022" is not)
        if (e - s <= 2 && e3 - s3 == 4 && c >= MIN_BARE_YEAR && c <= MAX_BARE_YEAR) {
            if ((a > 12 || a == b) && valid(c, b, a)) {
                return new Candidate(s, e3, DateExpr.gregorian(c, b, a, null), "numeric-dmy");
            }
            if (b > 12 && valid(c, a, b)) {
                return new Candidate(s, e3, DateExpr.gregorian(c, a, b, null), "numeric-mdy");
            }
        }
        return null; // ambiguous day/month order, or not a date
    }

    private Candidate bareYear(String t, int s, int e) {
        int v = value(t, s, e);
        boolean gregorian = v >= MIN_BARE_YEAR && v <= MAX_BARE_YEAR;
        boolean persian = v >= MIN_BARE_SH_YEAR && v <= MAX_BARE_SH_YEAR;
        if (!gregorian && !persian) {
            return null;
        }
        if (e < t.length()) {
            char c = t.charAt(e);
            if (isLetter(c) || c == '%' || c == '+' || ((c == ',' || c == '.') && e + 1 < t.length()
                    && isDigit(t.charAt(e + 1)))) {
                return null; // "2000s", "2000%", "2,000", "2021.5"
            }
            if (c == '-' && e + 1 < t.length() && isLetter(t.charAt(e + 1))) {
                return null; // "2000-strong", "1988-year"
            }
        }
        String next = wordAt(t, skipSpace(t, e));
        String prev = wordBefore(t, s);
        if ((lexicon.isCountNoun(next) && !(gregorian && yearOpensClause(t, s, prev))) || lexicon.isCountBefore(prev)) {
            return null;
        }
        char before = TextScan.charBefore(t, s);
        if (before == '$' || before == '€' || before == '£' || before == '#') {
            return null;
        }
        if (gregorian) {
            if (before == '©' || prev.equals("copyright")) {
                return new Candidate(s, e, DateExpr.gregorian(v, 0, 0, null), "copyright-year");
            }
            return calendar.extendLeft(t, new Candidate(s, e, DateExpr.gregorian(v, 0, 0, null), "year"));
        }
        if (lexicon.isYearBefore(prev) || lexicon.isYearAfter(next)) {
            return new Candidate(s, e, DateExpr.persian(v, 0, 0), "sh-year");
        }
        return null;
    }

    /** Words before "in" that open a clause of their own ("..., and in 2014 police entered"). */
    private static final java.util.Set<String> CLAUSE_JOINS = java.util.Set.of("and", "but", "then");

    /**
     * True when the number at {@code s} follows an "in" that opens its sentence or clause ("In
     * 2014 police entered the village", "..., and in 2014 police ..."): a time the clause is set
     * in, not a count of the noun after it ("deployed in 2000 police" is left a count).
     */
    private static boolean yearOpensClause(String t, int s, String prev) {
        if (!prev.equals("in")) {
            return false;
        }
        int in = TextScan.skipSpaceBack(t, s) - 2;
        if (in < 0) {
            return false;
        }
        String before = TextScan.wordBefore(t, in);
        if (CLAUSE_JOINS.contains(before)) {
            return true;
        }
        int p = TextScan.skipSpaceBack(t, in);
        return p == 0 || ".,;:!?\n\"\u201c".indexOf(t.charAt(p - 1)) >= 0;
    }

    private static boolean valid(int y, int m, int d) {
        return m >= 1 && m <= 12 && d >= 1 && d <= YearMonth.of(y, m).lengthOfMonth();
    }
}
