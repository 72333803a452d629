package org.attest.dates;

import java.util.List;

/**
 * A sentence that opens on the time before a landmark, closed by a comma: "Ahead of the vote, a
 * court on Tuesday sentenced two former ministers", "In the run-up to the election, police
 * detained 40 people on Friday". The opening says the acts came before the landmark, not that they
 * are still ahead: its "ahead of" is no future cue for a date after the comma. A date inside the
 * opening ("Ahead of the vote on Sunday, ...") is still the landmark's, and ahead. Static helper of
 * {@link PhraseMatcher}.
 */
final class OpeningLeadUps {
    private OpeningLeadUps() {}

    /** Openings, lower case, each ending in a space. */
    private static final List<String> OPENINGS = List.of("ahead of ", "in advance of ", "in the run-up to ",
            "in the run up to ", "in the lead-up to ", "in the lead up to ");

    /**
     * Where the words after such an opening start, when the sentence starting at {@code from} (white
     * space and an opening quotation mark skipped) opens with one and a comma closes it before
     * {@code s}; otherwise {@code from}.
     */
    static int after(String t, int from, int s) {
        int p = from;
        while (p < s && (t.charAt(p) == ' ' || t.charAt(p) == '"' || t.charAt(p) == '\u201c')) {
            p++;
        }
        for (String o : OPENINGS) {
            if (t.regionMatches(true, p, o, 0, o.length())) {
                int comma = t.indexOf(',', p + o.length());
                return comma >= 0 && comma < s ? comma + 1 : from;
            }
        }
        return from;
    }
}
