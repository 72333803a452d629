package org.attest.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A consistency finding: counts, ranges, sources and arithmetic, never a verdict on truth.
 *
 * @param kind     e.g. {@code claimed_vs_listed}, {@code repeated_names}
 * @param figures  the numbers and names behind the finding, by field name (JSON-ready values)
 * @param message  one readable sentence
 * @param evidence the spans that support it
 */
public record Check(String kind, Map<String, Object> figures, String message, List<Span> evidence) {
    public Check {
        // insertion order, not Map.copyOf's per-JVM order: the same input gives the same JSON
        figures.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException("check figures hold no nulls");
            }
        });
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        evidence = List.copyOf(evidence);
    }
}
