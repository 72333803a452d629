package org.attest.dates;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A date something was moved to: "the vote, brought forward from 2031 to May 2029",
 * "postponed from May to October". The date after "to" is the new day of what was moved, a date
 * ahead the sentence announces as surely as "will". Static helper of {@link DateStage}.
 */
final class Rescheduled {
    private Rescheduled() {}

    /** Characters before a date searched for the verb, "from" and "to". */
    private static final int REACH = 80;

    /** "VERB ... from ... to " ending right before the date, within one clause; verbs from {@code rescheduling-verbs.txt}. */
    private static final Pattern MOVED = pattern(DateLexicon.lines("rescheduling-verbs.txt"));

    private static Pattern pattern(List<String> verbs) {
        String alternation = String.join("|", verbs.stream().map(v -> v.replace(" ", "\\s+")).toList());
        return Pattern.compile("\\b(?:" + alternation + ")\\s+(?:[^.;:]{0,30}?\\s)?from\\s+[^.;:]{1,30}?\\s+to\\s+(?:the\\s+)?$");
    }

    /**
     * "VERB ... to " right before the date, the old date unsaid ("voted to delay the election to
     * December"), with the base forms of the verbs too: the date is ahead of the moving.
     */
    private static final Pattern MOVED_AHEAD = Pattern.compile("\\b(?:delay|delayed|postpone|postponed|push back|pushed back|"
            + "put off|reschedule|rescheduled)\\s+(?:[^.;:]{0,30}?\\s)?to\\s+(?:the\\s+)?$");

    /** True when the date starting at {@code start} follows "delay ... to" (no "from" needed): a day ahead of the delay. */
    static boolean delayedTo(String text, int start) {
        if (!afterTo(text, start)) {
            return false;
        }
        String before = text.substring(Math.max(0, start - REACH), start).toLowerCase(Locale.ROOT);
        return MOVED_AHEAD.matcher(before).find();
    }

    /**
     * True when the date starting at {@code start} follows "VERB ... from X to", or "delay ... to" with
     * the old date unsaid ("voted last week to postpone it to December"): the day something was moved
     * to, which dates the thing moved, not the act of moving it.
     */
    static boolean newDate(String text, int start) {
        if (!afterTo(text, start)) {
            return false; // the cheap test first: this asks of every date, few follow "to"
        }
        String before = text.substring(Math.max(0, start - REACH), start).toLowerCase(Locale.ROOT);
        return MOVED.matcher(before).find() || MOVED_AHEAD.matcher(before).find();
    }

    /** True when "to" or "to the" stands right before {@code start}, as the pattern's end requires. */
    private static boolean afterTo(String text, int start) {
        int end = skipSpaceBack(text, start);
        if (endsWithWord(text, end, "the")) {
            end = skipSpaceBack(text, end - 3);
        }
        return endsWithWord(text, end, "to");
    }

    private static int skipSpaceBack(String text, int at) {
        while (at > 0 && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private static boolean endsWithWord(String text, int end, String word) {
        int start = end - word.length();
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
                && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
    }
}
