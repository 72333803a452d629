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

    private ToldWeekdays() {}

    /** True when the date starting at {@code start} follows a past speech verb, or one and "on". */
    static boolean spokenOn(String text, int start) {
        String before = TextScan.wordBefore(text, start);
        if (before.equals("on")) {
            before = TextScan.wordBefore(text, TextScan.wordBeforeStart(text, start));
        }
        return VERBS.contains(before);
    }
}
