package org.attest.dates;

import org.attest.model.DatePrecision;

/**
 * The date chosen for a span of text (an event's sentence), and where it came from.
 *
 * @param value     ISO form to the precision ({@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD});
 *                  never null
 * @param precision its precision; never {@link DatePrecision#UNKNOWN}
 * @param source    which source decided: {@code "in-span"}, {@code "paragraph"}, {@code "lead"}
 *                  or {@code "published"}, followed by ":" and the mention's rule where there is one
 */
public record ResolvedDate(String value, DatePrecision precision, String source) {
}
