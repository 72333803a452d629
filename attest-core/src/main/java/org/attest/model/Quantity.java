package org.attest.model;

/**
 * A figure the text states.
 *
 * @param text      the whole expression ("over 310 areas")
 * @param span      where it stands
 * @param value     the number; for {@link Qualifier#RANGE} the low end, for {@link Qualifier#VAGUE}
 *                  the lower bound ("tens of thousands": 10000)
 * @param valueMax  the high end of a range, else {@code null}
 * @param qualifier exact, about, at_least, ...
 * @param unit      the counted noun as written ("areas", "tweets and retweets"), or {@code null}
 * @param what      a short description of what is counted, from the sentence
 * @param rule      the rule that matched (provenance)
 */
public record Quantity(String text, Span span, double value, Double valueMax, Qualifier qualifier,
                       String unit, String what, String rule) {
}
