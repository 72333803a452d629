package org.attest.model;

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
        figures = Map.copyOf(figures);
        evidence = List.copyOf(evidence);
    }
}
