package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A call-off that is denied: "would not call off the strike planned for Monday", "refused to call
 * off the march". The topic guard "call off" names an event that will not take place; denied, the
 * event goes ahead as planned, and is the announced event it was. "As planned" itself says so
 * ("the sit-down goes on as planned, and a rally follows on Friday"): after "as", a
 * word of plan guards nothing. Static helpers of {@link Guards}.
 */
final class GoingAhead {
    private GoingAhead() {}

    /** Verbs that with "off" cancel an event: "call off", "called off". */
    private static final Set<String> CALL_OFF_VERBS = WordSets.named("call-off-verbs");
    /** Words right before the verb (or before "to" before it) that deny it: "not", "refused to". */
    private static final Set<String> DENIALS = WordSets.named("call-off-denials");

    /** True when token {@code i} is the "off" of a call-off that a word before it denies. */
    static boolean deniedCallOff(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i).lower().equals("off") || !CALL_OFF_VERBS.contains(tokens.get(i - 1).lower())) {
            return false;
        }
        int k = i - 2;
        if (tokens.get(k).lower().equals("to") && k >= 1) {
            k--; // "refused to call off"
        }
        String w = tokens.get(k).lower();
        return DENIALS.contains(w) || w.endsWith("n't");
    }

    /** Words of plan that "as" before them makes a going-ahead: "as planned", "as scheduled". */
    private static final Set<String> AS_PLANNED = WordSets.named("as-planned-words");

    /** True when token {@code i} is a word of plan right after "as": "as planned", no hypothesis. */
    static boolean asPlanned(List<Token> tokens, int i) {
        return i >= 1 && AS_PLANNED.contains(tokens.get(i).lower()) && tokens.get(i - 1).lower().equals("as");
    }
}
