package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Custody told as a state that goes on ("At least 11 detainees remain in custody", "23 people
 * remained in pre-trial detention"). After the report has told the arrests, such a line counts
 * those still held, not a new arrest; told alone, it is the report's only word of custody and
 * stays an arrest (the caller asks only when an arrest was told).
 */
final class ContinuingStates {
    /** Types whose hit after a word of going on is a state of an event told before. */
    private static final Set<String> TYPES = WordSets.named("continuing-state-types");
    /** Words of a state going on: "remain", "remained". */
    private static final Set<String> GOING_ON = WordSets.named("continuing-state-words");
    /** Words looked at before the hit (its own first word counts too): "remained in pre-trial detention". */
    static final int REACH = 2;

    private ContinuingStates() {}

    /** True when a word of going on opens the hit or stands at most {@link #REACH} words before it. */
    static boolean of(List<Token> tokens, Hit h) {
        if (!TYPES.contains(h.type())) {
            return false;
        }
        int words = 0;
        for (int i = h.first(); i >= 0 && words <= REACH; i--) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            if (GOING_ON.contains(t.lower())) {
                return true;
            }
            words++;
        }
        return false;
    }
}
