package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;

/**
 * "fired around 20 flares, 140 rubber bullets and 800 gas canisters": an approximation (or "at
 * least") before the first count of a list of counts with their nouns covers the list, as the
 * writer gave every figure in one breath; the later items are about as many too, not exact. Only a bare list: a clause or a
 * verb between the counts ("about 20 died and 140 were hurt") keeps each figure as written.
 */
final class SharedQualifiers {
    private SharedQualifiers() {}

    /**
     * Qualifiers a list's first item lends the items after it: "about" only. A bound ("at least",
     * "more than", "up to") is read with its own figure: "at least 27 soldiers and 13 volunteers
     * were killed" bounds the soldiers, whose count was still rising, and states the volunteers.
     */
    private static final Set<Qualifier> SHARED = Set.of(Qualifier.ABOUT);

    /** What may stand between two items of one list: a comma, "and", or both. */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|,?\\s+and)\\s+");

    /** The quantities of one context, the approximation of a list's first item spread over the list. */
    static List<Quantity> spread(String text, List<Quantity> found) {
        if (found.size() < 2) {
            return found;
        }
        List<Quantity> out = new ArrayList<>(found);
        for (int i = 1; i < out.size(); i++) {
            Quantity prev = out.get(i - 1);
            Quantity cur = out.get(i);
            // the word before the first item, not the number's own vagueness ("half a dozen")
            boolean written = prev.rule().contains("+qualifier(") || prev.rule().contains("+list-qualifier");
            if (SHARED.contains(prev.qualifier()) && written && cur.qualifier() == Qualifier.EXACT && counted(prev) && counted(cur)
                    && prev.span().end() <= cur.span().start()
                    && LIST_GAP.matcher(text.substring(prev.span().end(), cur.span().start())).matches()) {
                out.set(i, new Quantity(cur.text(), cur.span(), cur.value(), cur.valueMax(), prev.qualifier(),
                        cur.unit(), cur.what(), cur.rule() + "+list-qualifier"));
            }
        }
        return out;
    }

    /** A count written with its own noun ("140 rubber bullets"), not a bare number or a sum. */
    private static boolean counted(Quantity q) {
        return q.rule().contains("+unit:phrase") && q.valueMax() == null;
    }
}
