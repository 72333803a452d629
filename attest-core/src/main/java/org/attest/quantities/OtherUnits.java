package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.Quantity;

/**
 * "Three protesters were killed and 221 others wounded", "in Puno, Cusco and two other regions":
 * a count of "others" counts more of the noun counted before it in the same sentence, so it takes
 * that unit. With no count before it ("dozens of others were detained") it keeps "others".
 */
final class OtherUnits {
    private static final Set<String> OTHERS = Set.of("others", "other", "more");

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
            } else if (unit != null && !OTHERS.contains(unit.toLowerCase(java.util.Locale.ROOT))) {
                before = unit;
            }
        }
        return out == null ? sentence : out;
    }
}
