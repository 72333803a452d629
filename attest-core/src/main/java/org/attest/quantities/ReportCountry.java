package org.attest.quantities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.model.PlaceMention;

/**
 * The country a report is about, when its places make that clear: at least {@value #SHARE} of the
 * place mentions that have a country, and {@value #MIN_MENTIONS} or more, lie there. A report that
 * names places in several countries, or a single place once, has none. Readers of a report on one
 * country read its "$" or "shillings" as that country's money ({@link LocalDollars}, {@link CurrencyCodes}).
 */
final class ReportCountry {
    private static final double SHARE = 0.75;
    private static final int MIN_MENTIONS = 2;

    private ReportCountry() {}

    /** The ISO 3166 code of the country most place mentions lie in, when it dominates; else null. */
    static String of(List<PlaceMention> places) {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (PlaceMention p : places) {
            if (p.country() != null) {
                counts.merge(p.country(), 1, Integer::sum);
                total++;
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= MIN_MENTIONS && e.getValue() >= SHARE * total) {
                return e.getKey(); // at most one country can hold three quarters
            }
        }
        return null;
    }
}
