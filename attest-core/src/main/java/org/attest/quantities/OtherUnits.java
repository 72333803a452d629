package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.Quantity;

/**
 * "Two protesters were killed and three more wounded": a count whose unit is "more" or "other"
 * counts more of the noun counted before it in the same sentence, so it takes that unit. A count
 * of "others" ("Three protesters were killed and 221 others wounded") keeps "others" as written:
 * the others need not be of the kind counted before (bystanders beside protesters), and the
 * gold writes the word the text gives.
 */
final class OtherUnits {
    /** Units that stand for the noun counted before. */
    private static final Set<String> OTHERS = Set.of("other", "more");
    /** A unit that is kept as written, and is no noun a later "more" may take. */
    private static final String KEPT = "others";

    private OtherUnits() {}

    /** The quantities of one sentence, in text order, with each "others" unit taken from the count before it. */
    static List<Quantity> resolve(List<Quantity> sentence) {
        if (sentence.size() < 2) {
            return sentence;
        }
        List<Quantity> out = null;
        String before = null;
        for (int i = 0; i < sentence.size(); i++) {
            Quantity q = sentence.get(i);
            String unit = q.unit();
            if (unit != null && OTHERS.contains(unit.toLowerCase(java.util.Locale.ROOT)) && before != null) {
                if (out == null) {
                    out = new ArrayList<>(sentence);
                }
                out.set(i, new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(), before, q.what(), q.rule()));
            } else if (unit != null && !OTHERS.contains(unit.toLowerCase(java.util.Locale.ROOT))
                    && !KEPT.equalsIgnoreCase(unit)) {
                before = unit;
            }
        }
        return out == null ? sentence : out;
    }
}
