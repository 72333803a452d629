package org.attest.events;

import java.util.Set;

/**
 * A release told without a day of its own after the report told an arrest is that arrest's end,
 * no act of its own: "Police detained three activists on Monday ... The other was released without
 * charge", "She was released after three hours." A reader counts one detention, told to its end;
 * the release is news only when the report dates it ("Six were freed on bail on Thursday") or
 * tells it before any arrest ("two journalists held since March were freed"). A release told in the
 * sentence of the detention it ends is ruled out by the trigger lines themselves ({@code
 * @=detained} in their {@code unless} cues).
 */
final class CustodyEnds {
    /** The trigger phrases of a release from custody ({@code custody-end-phrases}, "_" for spaces). */
    private static final Set<String> RELEASES = WordSets.named("custody-end-phrases");
    /** The type a release ends. */
    private static final String ARREST = "arrest";

    private CustodyEnds() {
    }

    /**
     * True when the hit is a release, its sentence states no date ({@code undatedHere}) and an
     * arrest was reported before it ({@code reported}: the types the body has told so far).
     */
    static boolean endsToldArrest(Hit h, boolean undatedHere, Set<String> reported) {
        return undatedHere && reported.contains(ARREST) && RELEASES.contains(h.trigger().phrase().replace(' ', '_'));
    }
}
