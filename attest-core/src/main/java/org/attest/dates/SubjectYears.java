package org.attest.dates;

import java.time.Year;
import java.util.List;
import java.util.regex.Pattern;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * A year-less day or month in a sentence whose subject a year names: "The 2019 uprising began on
 * 15 November". The day is the named happening's, so it is of that year; without this the
 * report's own year (its publication or latest date) would move a retold story's day to the year
 * of writing. Only a sentence that opens with "The" and the year counts: a year further in
 * ("after the 2019 protests, prices rose on 3 May") may name something else than the day's event,
 * except where a "when" clause opens on the year's noun: "the 2019 protests, when ... in October".
 */
final class SubjectYears {
    /** The rule suffix of a mention this class dates. */
    static final String RULE = "+subject-year";
    private static final String OPENER = "The ";

    private SubjectYears() {}

    /**
     * {@code m}, a year-less date, in the year of the mention of {@code told} that opens its
     * sentence after "The"; {@code m} itself when there is none or the day is not in that year.
     *
     * @param told the mentions before {@code m}, in text order
     */
    static DateMention inSubjectYear(String text, DateMention m, List<DateMention> told) {
        if (m.value() == null || told.isEmpty()) {
            return m;
        }
        DateMention y = told.get(told.size() - 1);
        if (y.value() == null || y.relative() || y.precision() != DatePrecision.YEAR || y.value().length() != 4
                || !(opensSentence(text, y.span().start()) || whenClauseOf(text, y, m))
                || stopBetween(text, y.span().end(), m.span().start())) {
            return m;
        }
        String value = y.value() + m.value().substring(4);
        if (value.equals(m.value()) || value.endsWith("-02-29") && !Year.isLeap(Integer.parseInt(y.value()))) {
            return m;
        }
        return new DateMention(m.text(), m.span(), value, m.precision(), m.relative(), m.rule() + RULE);
    }

    /** "the 2019 protests, when ": a year-named noun of one to three words and a "when" clause opening on it. */
    private static final Pattern WHEN_AFTER_NOUN = Pattern.compile("^\\s+[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2},\\s+when\\s[^.;:!?()]*$");

    /**
     * True when {@code m} stands in a "when" clause on a noun the year {@code y} names: "featured in
     * the 2019 protests, when a million people marched on a day in October" (October of 2019). The
     * clause tells the time of that noun, wherever in its sentence the noun stands.
     */
    private static boolean whenClauseOf(String text, DateMention y, DateMention m) {
        int at = y.span().start();
        return at >= 4 && text.regionMatches(true, at - 4, "the ", 0, 4) && m.span().start() > y.span().end()
                && WHEN_AFTER_NOUN.matcher(text.substring(y.span().end(), m.span().start())).find();
    }

    /** True when "The " right before {@code at} starts a sentence or a line. */
    private static boolean opensSentence(String text, int at) {
        int the = at - OPENER.length();
        if (the < 0 || !text.startsWith(OPENER, the)) {
            return false;
        }
        int k = the - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || ".!?\n".indexOf(text.charAt(k)) >= 0;
    }

    /** True when a sentence's end or a line break stands in {@code [from, to)}. */
    private static boolean stopBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || ".!?".indexOf(c) >= 0 && (i + 1 >= text.length() || text.charAt(i + 1) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
