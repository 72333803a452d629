package org.attest.events;

import java.util.List;

/**
 * A "that" opening reported speech, told apart from a "that" pointing back to an event told
 * before. Static helpers of {@link Guards}.
 */
final class ReportedSpeech {
    private ReportedSpeech() {}

    /** Words a reporting verb's object may hold before "that": "told the Courier that". */
    private static final int LISTENER_WORDS = 3;

    /**
     * True when the "that" at {@code k} opens reported speech ("the group said that police
     * detained 40 students", "residents told local reporters that police shot two men"), a new
     * report, not a pointer back to an event told before. The reporting verb stands right before
     * it or before up to {@link #LISTENER_WORDS} words of its object, in the same clause.
     */
    static boolean complementiser(List<Token> tokens, int k) {
        if (k < 1 || !tokens.get(k).lower().equals("that")) {
            return false;
        }
        for (int j = k - 1; j >= 0 && j >= k - 1 - LISTENER_WORDS; j--) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return false;
            }
            if (t.is(Lexeme.REPORTING_VERB)) {
                return true;
            }
        }
        return false;
    }
}
