package org.attest.model;

/**
 * A date expression found in the text, resolved as far as the text allows.
 *
 * @param text      the expression as written ("last Monday", "June 1, 2021", "Aban 1398")
 * @param span      where it stands
 * @param value     ISO form to the precision: {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD}
 *                  (for a week, the Monday that starts it); {@code null} when it cannot be resolved
 * @param precision day, week, month, year, or unknown when {@code value} is null
 * @param relative  true when resolved against the publication date or another anchor
 * @param rule      the rule that matched (provenance)
 */
public record DateMention(String text, Span span, String value, DatePrecision precision,
                          boolean relative, String rule) {
}
