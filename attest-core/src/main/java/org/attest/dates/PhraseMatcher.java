package org.attest.dates;

import static org.attest.dates.TextScan.capitalised;
import static org.attest.dates.TextScan.skipSpace;
import static org.attest.dates.TextScan.wordAt;
import static org.attest.dates.TextScan.wordBefore;
import static org.attest.dates.TextScan.wordBeforeStart;
import static org.attest.dates.TextScan.wordEnd;

import java.util.List;
import java.util.Locale;
import org.attest.dates.DateLexicon.Need;
import org.attest.dates.DateLexicon.RelativePhrase;
import org.attest.dates.DateLexicon.RelativeUnit;
import org.attest.dates.DateLexicon.WordInfo;

/**
 * Matches expressions built from words: weekdays ("Friday 18 June", "Sunday, July 12, 2020",
 * "last Monday", "on Saturday"), relative phrases from {@code relative.txt} ("yesterday",
 * "the following month", "in recent weeks") and weeks of a month ("the second week of June").
 * Each method looks only at the few words around the offset it is given.
 */
final class PhraseMatcher {
    /** The rule prefix of a phrase counted from the date the text told last ("the following week"). */
    static final String NARRATIVE = "narrative-";
    private final DateLexicon lexicon;
    private final CalendarMatcher calendar;

    PhraseMatcher(DateLexicon lexicon, CalendarMatcher calendar) {
        this.lexicon = lexicon;
        this.calendar = calendar;
    }

    /**
     * A weekday at [s, e): followed by a date ("Friday 18 June", "Sunday, July 12, 2020") it
     * states that date and its weekday; alone it is relative ("last Monday": direction -1,
     * "next Monday": +1, "Monday", "on Monday", "this Monday": 0). "Every Monday" is no date.
     */
    /** How far back a future cue may stand before a weekday. */
    private static final int CUE_WINDOW = 160;

    Candidate weekday(String t, int s, int e, WordInfo w) {
        if (!capitalised(t, s)) {
            return null;
        }
        int p = e;
        if (w.weekdayNeed() == Need.NUMBER && p < t.length() && t.charAt(p) == '.') {
            p++;
        }
        p = skipSpace(t, p);
        if (p < t.length() && t.charAt(p) == ',') {
            p = skipSpace(t, p + 1);
        }
        // "on Thursday (Feb 8)": the date in brackets glosses the weekday
        boolean bracketed = p < t.length() && t.charAt(p) == '(';
        Candidate date = dateAfterWeekday(t, bracketed ? skipSpace(t, p + 1) : p);
        int end = date == null ? -1 : date.span().end();
        if (date != null && bracketed) {
            int q = skipSpace(t, end);
            end = q < t.length() && t.charAt(q) == ')' ? q + 1 : -1;
        }
        if (date != null && end > 0) {
            DateExpr x = date.expr().withWeekday(w.weekday());
            return new Candidate(s, end, x, "weekday-" + date.rule());
        }
        if (w.weekdayNeed() != Need.NONE) {
            return null;
        }
        String prev = wordBefore(t, s);
        if (lexicon.weekdayInName(prev, wordAt(t, skipSpace(t, e)))) {
            return null; // "after Friday prayers", "known as Bloody Friday"
        }
        if (prev.equals("every") || prev.equals("each")) {
            return null; // "marched every Sunday" names a habit, not a day
        }
        if ((prev.equals("last") || prev.equals("next")) && wordBefore(t, wordBeforeStart(t, s)).equals("the")) {
            return null; // "the last Friday before Nowruz" is counted from another day, not from the report's
        }
        int direction = switch (prev) {
            case "last", "past", "previous" -> -1;
            case "next", "coming" -> 1;
            // "will arrest him as the leader of the protest since Friday": a stretch starts in the past
            case "since" -> 0;
            // "will hold a rally this Saturday": the plan's day is ahead, as for a bare weekday; told
            // without a cue ("clashed this Saturday"), the day itself or the one before
            case "this" -> lexicon.hasWeekdayCue(speakersWordsBefore(t, wordBeforeStart(t, s))) ? DateExpr.UPCOMING : 0;
            // "called a strike for Wednesday": the day something is set for is ahead ("for Friday's
            // march" is the possessive of a day already told, and stays as it is)
            case "for" -> possessive(t, e) ? 0 : DateExpr.UPCOMING;
            // "..., and the speaker said on Wednesday": the day the words were spoken, whatever plan came before
            default -> !ToldWeekdays.spokenOn(t, s) && lexicon.hasWeekdayCue(speakersWordsBefore(t, s)) ? DateExpr.UPCOMING : 0;
        };
        boolean stated = direction == -1 || direction == 1 || prev.equals("this"); // "last Friday"
        int start = stated ? wordBeforeStart(t, s) : s;
        if (prev.equals("coming") && wordBefore(t, start).equals("this")) {
            start = wordBeforeStart(t, start); // "this coming Friday"
        }
        return new Candidate(start, e, DateExpr.weekday(w.weekday(), direction), "weekday");
    }

    /**
     * As {@link #sentenceBefore}, without the quotations that close before {@code s}: the "will" of
     * a quote does not make the day its speaker spoke on the coming one (see {@link QuotesBefore}).
     */
    static String speakersWordsBefore(String t, int s) {
        // blank quotations in a window around s only: a copy of the whole text per date would make
        // long reports quadratic (the window reaches further back than both look, and two chars on)
        int base = Math.max(0, s - QuotesBefore.REACH);
        String window = t.substring(base, Math.min(t.length(), s + 2));
        return sentenceBefore(QuotesBefore.blanked(window, s - base), s - base);
    }

    /**
     * The words of the sentence before {@code s} (at most {@value #CUE_WINDOW} characters), lower
     * case, other characters as spaces, padded with a space at each end. A relative clause set
     * off by commas ("protesters, who are calling for his fall, clashed on Monday") is left out:
     * its verbs have a time of their own, so a cue in it does not make the date after it the
     * coming one; so is an opening on a time before a landmark ("Ahead of the vote, ...":
     * {@link OpeningLeadUps}).
     */
    static String sentenceBefore(String t, int s) {
        int from = s;
        while (from > 0 && s - from < CUE_WINDOW && (".!?\n".indexOf(t.charAt(from - 1)) < 0 || numberAfterStop(t, from - 1))) {
            from--;
        }
        if (from == 0 || s - from < CUE_WINDOW) {
            from = OpeningLeadUps.after(t, from, s); // "Ahead of the vote, a court on Tuesday sentenced": no cue
        }
        StringBuilder sb = new StringBuilder(s - from + 2).append(' ');
        int skipTo = -1;
        for (int i = from; i < s; i++) {
            if (i < skipTo) {
                continue;
            }
            int close = closedRelativeClause(t, i, s);
            if (close > i) {
                skipTo = close;
                continue;
            }
            char c = t.charAt(i);
            if (Character.isLetter(c)) {
                sb.append(Character.toLowerCase(c));
            } else if (sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' '); // runs of other characters are one space
            }
        }
        if (sb.charAt(sb.length() - 1) != ' ') {
            sb.append(' ');
        }
        return sb.toString();
    }

    /**
     * True when the full stop at {@code i} is followed by a digit, at once or after one space:
     * "Jan. 15", "No. 10", "3.5 million". A sentence does not open with a figure, so the stop
     * belongs to an abbreviation or a number and the cues before it are the same sentence's ("is
     * due to take office on Jan. 15").
     */
    private static boolean numberAfterStop(String t, int i) {
        if (t.charAt(i) != '.') {
            return false;
        }
        int d = i + 1 < t.length() && t.charAt(i + 1) == ' ' ? i + 2 : i + 1;
        return d < t.length() && TextScan.isDigit(t.charAt(d));
    }

    /**
     * When ", who " or ", which " starts at {@code i} and a comma closes that clause before
     * {@code s}, the index of the closing comma; otherwise -1.
     */
    private static int closedRelativeClause(String t, int i, int s) {
        if (t.charAt(i) != ',') {
            return -1;
        }
        int w = i + 1;
        while (w < s && t.charAt(w) == ' ') {
            w++;
        }
        int we = w;
        while (we < s && Character.isLetter(t.charAt(we))) {
            we++;
        }
        String word = t.substring(w, we).toLowerCase(Locale.ROOT);
        if (!word.equals("who") && !word.equals("which")) {
            return -1;
        }
        int close = t.indexOf(',', we);
        return close >= 0 && close < s ? close : -1;
    }

    /** True when the word ending at {@code e} takes a possessive "'s" right after it. */
    private static boolean possessive(String t, int e) {
        return e + 1 < t.length() && (t.charAt(e) == '\'' || t.charAt(e) == '\u2019') && t.charAt(e + 1) == 's';
    }

    private Candidate dateAfterWeekday(String t, int p) {
        if (p >= t.length()) {
            return null;
        }
        if (TextScan.isDigit(t.charAt(p))) {
            return calendar.dayFirst(t, p, TextScan.digitsEnd(t, p));
        }
        if (wordAt(t, p).equals("the")) {
            int q = skipSpace(t, p + 3);
            if (q < t.length() && TextScan.isDigit(t.charAt(q))) {
                return calendar.dayFirst(t, q, TextScan.digitsEnd(t, q)); // "Friday the 18th of June"
            }
            return null;
        }
        int we = wordEnd(t, p);
        if (we == p) {
            return null;
        }
        WordInfo m = lexicon.word(t, p, we);
        if (m == null || m.month() == 0) {
            return null;
        }
        Candidate c = calendar.monthFirst(t, p, we, m);
        return c != null && c.expr().day() > 0 ? c : null;
    }

    /**
     * A relative phrase or a week of a month that starts with the word at [s, e) ("last" in
     * "last week", "the" in "the following month"), or {@code null}.
     */
    Candidate phrase(String t, int s, int e, WordInfo w) {
        if (w.weekOrdinal() != 0) {
            Candidate c = weekOfMonth(t, s, e, w.weekOrdinal());
            if (c != null) {
                return c;
            }
        }
        List<RelativePhrase> phrases = w.phrases();
        if (phrases.isEmpty()) {
            return null;
        }
        // the second word is read once: "a" and "two" open many phrases ("a week later", "two days ago")
        int p = skipSpace(t, e);
        int we = wordEnd(t, p);
        for (RelativePhrase ph : w.bySecond().candidates(t, e, p, we)) {
            List<String> words = ph.words();
            if (words.size() > 1 && (p == e || we - p != words.get(1).length()
                    || !t.regionMatches(true, p, words.get(1), 0, we - p))) {
                continue;
            }
            int end = matchWords(t, e, words);
            if (end > 0 && ph.narrative() && words.get(0).equals("the") && ToTheDay.after(t, s)) {
                return null; // "three months to the day after the collapse": an exact span, not the day after
            }
            if (end > 0) {
                int offset = ph.unit() == RelativeUnit.WEEKEND && ph.offset() == 0
                        && lexicon.hasWeekdayCue(speakersWordsBefore(t, s)) ? DateExpr.UPCOMING : ph.offset();
                return new Candidate(s, end, DateExpr.relative(ph.unit(), offset),
                        (ph.narrative() ? NARRATIVE : "relative-") + String.join("-", ph.words()));
            }
        }
        return null;
    }

    /** The end of the phrase whose first word ends at {@code e}, or -1 if the rest does not follow. */
    private static int matchWords(String t, int e, List<String> words) {
        int end = e;
        for (int i = 1; i < words.size(); i++) {
            int p = skipSpace(t, end);
            if (p == end) {
                return -1; // words must be separated by space
            }
            int we = wordEnd(t, p);
            if (!t.regionMatches(true, p, words.get(i), 0, we - p) || we - p != words.get(i).length()) {
                return -1;
            }
            end = we;
        }
        return end;
    }

    /** "[the] second week of June [2021]": the ordinal word is at [s, e). */
    private Candidate weekOfMonth(String t, int s, int e, int n) {
        int p = skipSpace(t, e);
        if (!wordAt(t, p).equals("week")) {
            return null;
        }
        p = skipSpace(t, p + 4);
        if (!wordAt(t, p).equals("of")) {
            return null;
        }
        p = skipSpace(t, p + 2);
        int we = wordEnd(t, p);
        if (we == p || !capitalised(t, p)) {
            return null;
        }
        WordInfo m = lexicon.word(t, p, we);
        if (m == null || m.month() == 0) {
            return null;
        }
        int start = wordBefore(t, s).equals("the") ? wordBeforeStart(t, s) : s;
        int[] year = CalendarMatcher.year(t, skipSpace(t, we), CalendarMatcher.MIN_YEAR, CalendarMatcher.MAX_YEAR);
        if (year != null) {
            return new Candidate(start, year[1], DateExpr.weekOfMonth(n, m.month(), year[0]), "week-of-month");
        }
        return calendar.withRelativeYear(t,
                new Candidate(start, we, DateExpr.weekOfMonth(n, m.month(), null), "week-of-month"));
    }
}
