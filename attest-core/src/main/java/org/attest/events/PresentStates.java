package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A standing condition told in the present ("twelve men remain on death row", "well over 900
 * people are on death row", "prisoners currently on death row"): it counts those under a sentence
 * handed down at some time before and tells no sentencing. Asked only of sentences that state no
 * date and are no headings, as {@link NonEvents#presentPassive} is. Only types whose state outlasts
 * the act by years are asked: custody or a strike told in the present is the report's news ("two
 * union organisers remain in custody", told alone, is its arrest; see {@link ContinuingStates}).
 */
final class PresentStates {
    /** Types whose state lasts years after the act: "death_sentence". */
    private static final Set<String> TYPES = WordSets.named("standing-state-types");
    /** Words of the present before such a state: "are", "remain", "currently". */
    private static final Set<String> PRESENT = WordSets.named("present-state-words");
    /** Words looked at before the hit: "remain on death row", "are still on death row". */
    static final int REACH = 2;

    /** Words a place held opens with: "on death row". */
    private static final Set<String> PLACE_OPENERS = WordSets.named("standing-place-openers");

    private PresentStates() {}

    /**
     * True when a standing state of {@link #standing} is a place held ("five more men are on death
     * row", "remain on death row"): a day the sentence gives belongs to its other events ("..., and
     * Sunday's hangings may be followed by others"), so it is asked of dated sentences too, where a
     * present act ("two men are sentenced to death on Monday") stays the news.
     */
    static boolean placeHeld(List<Token> tokens, Hit h) {
        return PLACE_OPENERS.contains(tokens.get(h.first()).lower()) && standing(tokens, h);
    }

    /** True when a word of the present stands at most {@link #REACH} words before a hit of a standing state, in its clause. */
    static boolean standing(List<Token> tokens, Hit h) {
        if (!TYPES.contains(h.type())) {
            return false;
        }
        for (int k = h.first() - 1, words = 0; k >= 0 && words < REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false; // a comma or a bracket: another clause
            }
            words++;
            if (PRESENT.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
