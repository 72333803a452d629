package org.attest.quantities;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Quantity;

/**
 * "Amnesty criticised the arrest of 56 protesters. At least 20 are accused of incitement, among
 * which eight are due to stand trial": a bare number that its own sentence gives no unit, before
 * any count of that sentence with a noun, counts what the last count of the sentence just before
 * counted (a report goes on about the same people or seats: "won 216 seats out of 299. Independent
 * candidates took 52"). A figure with no unit is never what a report counts, so the nearest count
 * is the better reading. Shares are not carried, nor is a unit given to a figure after a colon (the
 * value of a table line's label).
 */
final class CarriedUnits {
    private CarriedUnits() {}

    /**
     * The quantities of one sentence with such bare numbers given the carried unit.
     *
     * @param sentence the quantities of the sentence, in text order
     * @param carried  the unit of the last count of the sentence just before, or null
     */
    static List<Quantity> resolve(String text, List<Quantity> sentence, String carried) {
        if (carried == null || sentence.isEmpty()) {
            return sentence;
        }
        List<Quantity> out = new ArrayList<>(sentence.size());
        boolean counted = false;
        for (Quantity q : sentence) {
            counted |= q.unit() != null;
            if (!counted && q.rule().endsWith("+unit:none") && !afterColon(text, q.span().start())) {
                out.add(new Quantity(q.text(), q.span(), q.value(), q.valueMax(), q.qualifier(), carried,
                        (carried + " " + q.what()).strip(), q.rule().replace("+unit:none", "+unit:sentence-before")));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** "He said: 40": a figure after a colon is the value of a label or a quote, no more of the same count. */
    private static boolean afterColon(String text, int start) {
        int k = start - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= 0 && text.charAt(k) == ':';
    }

    /** The unit a sentence's quantities hand on to the next sentence: that of its last count, or null. */
    static String last(List<Quantity> sentence) {
        for (int i = sentence.size() - 1; i >= 0; i--) {
            String unit = sentence.get(i).unit();
            if (unit != null && !UnitReader.isPercent(unit)) {
                return unit;
            }
        }
        return null;
    }
}
