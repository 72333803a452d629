package org.attest.dates;

import java.util.List;

/**
 * A future cue in the past perfect looks ahead from a time already past: "the party had called
 * for protests on Sunday", "the vote had been scheduled for Friday" tell of a plan made before a
 * day the report looks back on, so the weekday after it is the last one, not the coming one.
 * Static helper of {@link DateLexicon}.
 */
final class PastPerfectCues {
    private PastPerfectCues() {}

    /** What after a cue makes it a past that did not come to be: "would have marched on Friday". */
    private static final String COUNTERFACTUAL = " have ";

    /** What may stand between "had" and the cue ("had called for", "had been scheduled", "had also urged"). */
    private static final List<String> BEFORE_CUE = List.of(" had ", " had been ", " had also ", " had already ");

    /**
     * True when the occurrence of {@code cue} (padded with a space at each end) at {@code at} (its
     * leading space) in {@code window} (lower case words padded the same way) is not right after
     * "had" nor followed by "have" nor by a past of its own before the date: a cue that only ever
     * follows "had" looks ahead from the past, one followed by "have" ("would have") looks at a past
     * that did not happen, and one followed by a past of its own ("to demand the release of a leader
     * detained in January", "called for the release of a man who was arrested on Sunday") leaves the
     * date to that past ({@link PastClauseAfterCue}). A window holds a
     * present cue when some occurrence of it is one.
     */
    static boolean presentAt(String window, String cue, int at) {
        return !afterHad(window, at) && !window.startsWith(COUNTERFACTUAL, at + cue.length() - 1)
                && !PastClauseAfterCue.after(window, at + cue.length());
    }

    /** True when the cue starting at {@code at} (its leading space) follows "had" and at most one link word. */
    private static boolean afterHad(String window, int at) {
        for (String before : BEFORE_CUE) {
            int from = at + 1 - before.length();
            if (from >= 0 && window.startsWith(before, from)) {
                return true;
            }
        }
        return false;
    }
}
