package org.attest.dates;

import static org.attest.dates.TextScan.capitalised;
import static org.attest.dates.TextScan.digitsEnd;
import static org.attest.dates.TextScan.isDigit;
import static org.attest.dates.TextScan.isLetter;
import static org.attest.dates.TextScan.isOrdinalSuffix;
import static org.attest.dates.TextScan.skipSpace;
import static org.attest.dates.TextScan.value;
import static org.attest.dates.TextScan.wordAt;
import static org.attest.dates.TextScan.wordEnd;

import org.attest.dates.DateLexicon.Need;
import org.attest.dates.DateLexicon.WordInfo;

/**
 * Matches calendar dates built around a month name: "June 1, 2021", "July 17th", "November
 * 2019", "18 June 2021", "on the 3rd of May", "February of last year", "mid-November", "early
 * March 2020", and the Solar Hijri forms "Aban 1398", "1 Aban 1398", "۱ آبان ۱۳۹۸".
 *
 * <p>Every method looks only a few words around the offset it is given, so a whole document
 * costs time linear in its length. A method returns {@code null} when nothing matches there.
 */
final class CalendarMatcher {
    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2099;
    static final int MIN_SH_YEAR = 1200;
    static final int MAX_SH_YEAR = 1499;

    private final DateLexicon lexicon;

    CalendarMatcher(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A date that starts with the month-name word at [s, e): "June 1, 2021", "June 2021",
     * "June", "Aban 1398". Left modifiers ("early", "the end of") are included when the match
     * has no day.
     */
    Candidate monthFirst(String t, int s, int e, WordInfo w) {
        if (w.month() > 0 && isLatin(t, s) && capitalised(t, s)) {
            Candidate c = englishMonthFirst(t, s, e, w);
            if (c != null) {
                return c;
            }
        }
        if (w.persianMonth() > 0 && capitalised(t, s)) {
            return persianMonthFirst(t, s, e, w);
        }
        return null;
    }

    private Candidate englishMonthFirst(String t, int s, int e, WordInfo w) {
        int p = e;
        if (w.monthNeed() == Need.NUMBER && p < t.length() && t.charAt(p) == '.') {
            p++; // "Jan. 5"
        }
        p = skipSpace(t, p);
        int[] day = day(t, p);
        // "in May 12 people were hurt" is a count; "on June 30 protesters gathered" a date
        if (day != null && (!countFollows(t, day[1]) || TextScan.wordBefore(t, s).equals("on"))) {
            int[] year = yearAfterDay(t, day[1]);
            if (year != null) {
                return new Candidate(s, year[1], DateExpr.gregorian(year[0], w.month(), day[0], null),
                        "month-day-year");
            }
            // "March 23 last year" takes its year as "23 March last year" does
            return withRelativeYear(t, new Candidate(s, day[1], DateExpr.gregorian(null, w.month(), day[0], null),
                    "month-day"));
        }
        int q = p;
        if (wordAt(t, q).equals("of")) {
            q = skipSpace(t, q + 2);
        }
        int[] year = year(t, q, MIN_YEAR, MAX_YEAR);
        if (year != null && !countFollows(t, year[1])) {
            return extendLeft(t, new Candidate(s, year[1], DateExpr.gregorian(year[0], w.month(), 0, null),
                    "month-year"));
        }
        int start = extendLeft(t, s);
        int direction = start == s ? monthDirection(TextScan.wordBefore(t, s)) : 0;
        if (w.monthNeed() == Need.NUMBER
                || (w.monthNeed() == Need.CONTEXT && start == s && direction == 0
                    && !lexicon.isYearBefore(TextScan.wordBefore(t, s)) && !yearTold(t, e))) {
            return null;
        }
        if (direction != 0) {
            // "last September": the latest September before the anchor's month, not the anchor's year's
            return new Candidate(TextScan.wordBeforeStart(t, s), e,
                    DateExpr.gregorian(null, w.month(), 0, null).withDirection(direction), "month+" + (direction < 0 ? "last" : "next"));
        }
        Candidate c = new Candidate(start, e, DateExpr.gregorian(null, w.month(), 0, null), "month");
        return withRelativeYear(t, c);
    }

    private Candidate persianMonthFirst(String t, int s, int e, WordInfo w) {
        int p = skipSpace(t, e);
        int[] year = year(t, p, MIN_SH_YEAR, MAX_SH_YEAR);
        if (year != null && !countFollows(t, year[1])) {
            return new Candidate(s, year[1], DateExpr.persian(year[0], w.persianMonth(), 0), "sh-month-year");
        }
        if (w.persianNeed() != Need.NONE) {
            return null;
        }
        return new Candidate(s, e, DateExpr.persian(null, w.persianMonth(), 0), "sh-month");
    }

    /**
     * A date that starts with a day number at {@code s}: "18 June", "18 June 2021", "3rd of
     * May", "1 Aban 1398". {@code e} is the end of the digit run.
     */
    Candidate dayFirst(String t, int s, int e) {
        int[] day = day(t, s);
        if (day == null) {
            return null;
        }
        int p = skipSpace(t, day[1]);
        if (wordAt(t, p).equals("of")) {
            p = skipSpace(t, p + 2);
        }
        int we = wordEnd(t, p);
        if (we == p) {
            return null;
        }
        WordInfo w = lexicon.word(t, p, we);
        if (w == null) {
            return null;
        }
        int me = we;
        if (w.month() > 0 && isLatin(t, p) && capitalised(t, p)) {
            if (w.monthNeed() == Need.NUMBER && me < t.length() && t.charAt(me) == '.') {
                me++;
            }
            int[] year = yearAfterDay(t, me);
            if (year != null) {
                return new Candidate(s, year[1], DateExpr.gregorian(year[0], w.month(), day[0], null),
                        "day-month-year");
            }
            return withRelativeYear(t, new Candidate(s, we,
                    DateExpr.gregorian(null, w.month(), day[0], null), "day-month"));
        }
        if (w.persianMonth() > 0 && capitalised(t, p)) {
            int q = skipSpace(t, we);
            int[] year = year(t, q, MIN_SH_YEAR, MAX_SH_YEAR);
            if (year != null) {
                return new Candidate(s, year[1], DateExpr.persian(year[0], w.persianMonth(), day[0]),
                        "sh-day-month-year");
            }
            return new Candidate(s, we, DateExpr.persian(null, w.persianMonth(), day[0]), "sh-day-month");
        }
        return null;
    }

    /** The candidate with any period modifier before it ("early", "the summer of") included. */
    Candidate extendLeft(String t, Candidate c) {
        int start = extendLeft(t, c.span().start());
        return start == c.span().start() ? c : c.withStart(start);
    }

    /**
     * The start of a period modifier that ends right before {@code s} ("mid-" in
     * "mid-November", "the end of" in "the end of June"), or {@code s} when there is none.
     */
    int extendLeft(String t, int s) {
        int end = TextScan.skipSpaceBack(t, s);
        if (end > 0 && t.charAt(end - 1) == '-' && end == s) {
            end--; // "mid-November"
        }
        String[] words = new String[lexicon.longestModifierWords()];
        int e = end;
        int best = s;
        String phrase = "";
        for (int k = 0; k < words.length; k++) {
            int ws = TextScan.wordStartBack(t, e);
            if (ws == e) {
                break;
            }
            phrase = k == 0 ? TextScan.lower(t, ws, e) : TextScan.lower(t, ws, e) + " " + phrase;
            if (lexicon.isModifier(phrase) || (k > 0 && phrase.endsWith(" of")
                    && lexicon.isModifier(phrase.substring(0, phrase.length() - 3)))) {
                best = ws;
            }
            e = TextScan.skipSpaceBack(t, ws);
            if (e == ws && ws > 0) {
                break; // punctuation between words: a modifier cannot span it
            }
        }
        return best;
    }

    /** -1 for "last" (or "this past") before a month name, 1 for "next", else 0. */
    private static int monthDirection(String wordBefore) {
        return switch (wordBefore) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
    }

    /**
     * The candidate extended by a year relative to the anchor after it: "February of last
     * year", "June this year". Unchanged when none follows.
     */
    /**
     * True when a year relative to the anchor follows the month name ending at {@code e} ("and March
     * this year", "or May of last year"): a capitalised month so placed is the month, no verb.
     */
    private boolean yearTold(String t, int e) {
        Candidate bare = new Candidate(e, e, DateExpr.gregorian(null, 1, 0, null), "month");
        return withRelativeYear(t, bare) != bare;
    }

    Candidate withRelativeYear(String t, Candidate c) {
        int p = skipSpace(t, c.span().end());
        String w = wordAt(t, p);
        if (w.equals("of")) {
            p = skipSpace(t, p + 2);
            w = wordAt(t, p);
        }
        int offset;
        switch (w) {
            case "last", "previous" -> offset = -1;
            case "this" -> offset = 0;
            case "next", "following" -> offset = 1;
            case "the" -> {
                p = skipSpace(t, p + 3);
                String x = wordAt(t, p);
                if (x.equals("previous")) {
                    offset = -1;
                } else if (x.equals("following") || x.equals("next")) {
                    offset = 1;
                } else {
                    return c;
                }
                w = x;
            }
            default -> {
                return c;
            }
        }
        int q = skipSpace(t, p + w.length());
        if (!wordAt(t, q).equals("year")) {
            return c;
        }
        int end = q + 4;
        return new Candidate(c.span().start(), end, c.expr().withYearOffset(offset), c.rule() + "+relative-year");
    }

    /** {day, end} for a day number 1..31 with an optional ordinal suffix at {@code p}, or null. */
    int[] day(String t, int p) {
        if (p >= t.length() || !isDigit(t.charAt(p)) || (p > 0 && TextScan.isWordChar(t.charAt(p - 1)))) {
            return null;
        }
        int e = digitsEnd(t, p);
        if (e - p > 2) {
            return null;
        }
        int v = value(t, p, e);
        int end = suffixEnd(t, e);
        if (v < 1 || v > 31 || end < 0) {
            return null;
        }
        if (end < t.length() && (t.charAt(end) == ',' || t.charAt(end) == '.' || t.charAt(end) == ':')
                && end + 1 < t.length() && isDigit(t.charAt(end + 1))) {
            return null; // "1,500", "5.5", "5:30"
        }
        return new int[] {v, end};
    }

    /** {year, end} for a year after a day ("18 June[,] 2021"), or null. */
    int[] yearAfterDay(String t, int p) {
        int q = skipSpace(t, p);
        if (q < t.length() && t.charAt(q) == ',') {
            q = skipSpace(t, q + 1);
        }
        int[] y = year(t, q, MIN_YEAR, MAX_YEAR);
        return y == null || countFollows(t, y[1]) ? null : y;
    }

    /**
     * {year, end} for a four-digit number in [lo, hi] at {@code p} that is not part of a bigger
     * number or a word, or null.
     */
    static int[] year(String t, int p, int lo, int hi) {
        if (p >= t.length() || !isDigit(t.charAt(p))) {
            return null;
        }
        int e = digitsEnd(t, p);
        if (e - p != 4) {
            return null;
        }
        if (e < t.length()) {
            char c = t.charAt(e);
            if (isLetter(c) || ((c == ',' || c == '.') && e + 1 < t.length() && isDigit(t.charAt(e + 1)))) {
                return null;
            }
        }
        int v = value(t, p, e);
        return v >= lo && v <= hi ? new int[] {v, e} : null;
    }

    /** True when the word after {@code p} is a counted noun ("12 people"). */
    boolean countFollows(String t, int p) {
        int q = skipSpace(t, p);
        return lexicon.isCountNoun(wordAt(t, q));
    }

    /** The end of an ordinal suffix (st, nd, rd, th) at {@code e}; e when none; -1 for other letters. */
    static int suffixEnd(String t, int e) {
        int we = wordEnd(t, e);
        if (we == e) {
            return e;
        }
        return isOrdinalSuffix(t, e, we) ? we : -1;
    }

    private static boolean isLatin(String t, int s) {
        return t.charAt(s) < 0x250;
    }
}
