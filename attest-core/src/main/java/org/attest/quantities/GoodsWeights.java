package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * A weight followed by "of" weighs goods a report gives as news ("85 kilos of explosives were
 * seized", "1.2 tonnes of cocaine"), which the sets' coders count, with the weight as the unit;
 * a weight alone is a measure ("she had lost nine kilograms"), left out as lengths are.
 */
final class GoodsWeights {

    private static final Set<String> WEIGHTS = Set.of("kilogram", "kilograms", "kilo", "kilos", "kg", "kgs",
            "tonne", "tonnes", "ton", "tons");

    private GoodsWeights() {
    }

    /** True when the word at {@code k} is a weight and "of" follows it. */
    static boolean ofGoods(List<Token> t, int k) {
        return WEIGHTS.contains(t.get(k).lower()) && k + 1 < t.size() && t.get(k + 1).is("of");
    }
}
