package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.Event;
import org.attest.model.Quantity;
import org.attest.model.Span;

/**
 * A protest sentence that counts its own crowd ("officials said 600,000 people had marched in 150
 * towns", "about 400 people gathered outside the town hall") tells one more gathering or one more
 * source's figure for the day, which readers count beside the report's first telling: it is not
 * folded into the protest told before (round protest29). Only a count of people does so: a figure
 * of vehicles or hours leaves the sentence a retelling, as does a second trigger of the sentence
 * that told the protest.
 */
final class CrowdCounts {
    /** Types whose sentence with a crowd's count of its own is an event of its own. */
    private static final Set<String> TYPES = WordSets.named("crowd-counted-types");
    /** Last words of a quantity's counted noun that name people in a crowd. */
    private static final Set<String> CROWD_NOUNS = WordSets.named("crowd-count-nouns");

    private CrowdCounts() {}

    /**
     * True when the sentence at {@code span}, with these quantities, counts a crowd of its own
     * and so tells a protest of its own rather than {@code told} again.
     */
    static boolean ownCrowd(String type, Event told, Span span, List<Quantity> all, List<Integer> counts) {
        if (!TYPES.contains(type) || told.span().equals(span)) {
            return false;
        }
        for (int q : counts) {
            String unit = all.get(q).unit();
            if (unit != null && crowd(unit)) {
                return true;
            }
        }
        return false;
    }

    /** True when the counted noun, or one of nouns joined by "and" ("drivers and relatives"), names people in a crowd. */
    private static boolean crowd(String unit) {
        for (String part : unit.split(" and ")) {
            if (CROWD_NOUNS.contains(lastWord(part.strip()))) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String unit) {
        int i = unit.lastIndexOf(' ');
        return Normalizer.lower(i < 0 ? unit : unit.substring(i + 1));
    }
}
