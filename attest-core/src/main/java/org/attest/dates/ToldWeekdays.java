package org.attest.dates;

import java.util.Set;

/**
 * A weekday right after a past speech verb ("the speaker said on Wednesday") is the day the words
 * were spoken: past, even when a cue of a plan earlier in the sentence ("is expected to elect a
 * president on July 20, and the speaker said on Wednesday ...") would make a bare weekday the
 * coming one. Verbs from {@code told-speech-verbs.txt}.
 */
final class ToldWeekdays {
    private static final Set<String> VERBS = Set.copyOf(DateLexicon.lines("told-speech-verbs.txt"));
    /** "late", "early": a part of the day between the verb and "on" ("said late on Thursday"). */
    private static final Set<String> DAY_PARTS = Set.copyOf(DateLexicon.lines("day-part-words.txt"));

    private ToldWeekdays() {}

    /**
     * True when the date starting at {@code start} follows a past speech verb or the noun of one
     * ("in a statement"), or one and "on", with at most a part of the day between ("late on").
     */
    static boolean spokenOn(String text, int start) {
        int at = start;
        String before = TextScan.wordBefore(text, at);
        if (before.equals("on")) {
            at = TextScan.wordBeforeStart(text, at);
            before = TextScan.wordBefore(text, at);
            if (DAY_PARTS.contains(before)) {
                before = TextScan.wordBefore(text, TextScan.wordBeforeStart(text, at));
            }
        }
        return VERBS.contains(before);
    }
}
