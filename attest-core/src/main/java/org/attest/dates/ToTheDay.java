package org.attest.dates;

import java.util.Set;

/**
 * "Three months to the day after the canopy collapsed": "to the day" after a span of time says the
 * span is exact; the "the day after" in it is no day after a date the text told. Spans from
 * {@code to-the-day-spans.txt}. Static helper of {@link PhraseMatcher}.
 */
final class ToTheDay {
    private static final Set<String> SPANS = Set.copyOf(DateLexicon.lines("to-the-day-spans.txt"));

    private ToTheDay() {}

    /** True when the phrase starting at {@code start} follows a span of time and "to" ("months to"). */
    static boolean after(String text, int start) {
        if (!TextScan.wordBefore(text, start).equals("to")) {
            return false;
        }
        return SPANS.contains(TextScan.wordBefore(text, TextScan.wordBeforeStart(text, start)));
    }
}
