package org.attest.dates;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A weekday that ends an "until" phrase: "closed until Friday", "extended the curfew until 6 am on
 * Tuesday". It names when something ends, and a report tells of an end still to come when the
 * state holds now ("remains", "has extended"): read as the coming weekday, it no longer dates the
 * report's events as a day already past. Words from {@code until-present.txt}.
 */
final class UntilDays {
    private static final List<String> PRESENT = DateLexicon.lines("until-present.txt").stream()
            .map(w -> " " + w.strip() + " ").toList();

    /** "until", maybe a clock time or a part of a day, maybe "on" / "late on": right before the weekday. */
    private static final Pattern UNTIL_BEFORE = Pattern.compile(
            "(?i)\\b(?:until|till)\\s+(?:(?:\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)|midnight|noon|dawn)\\s+)?"
                    + "(?:(?:late|early)\\s+)?(?:on\\s+)?$");

    /** Characters before a weekday that its "until" phrase may start at. */
    private static final int REACH = 40;

    private UntilDays() {}

    /**
     * True when the weekday starting at {@code s} in {@code t} ends an "until" phrase whose
     * sentence tells a present state or a fresh measure, so the day is ahead.
     */
    static boolean endAhead(String t, int s) {
        Matcher m = UNTIL_BEFORE.matcher(t.substring(Math.max(0, s - REACH), s));
        if (!m.find()) {
            return false;
        }
        int untilAt = Math.max(0, s - REACH) + m.start();
        String before = PhraseMatcher.speakersWordsBefore(t, untilAt);
        return PRESENT.stream().anyMatch(before::contains);
    }
}
