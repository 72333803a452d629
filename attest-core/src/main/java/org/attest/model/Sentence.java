package org.attest.model;

/**
 * A sentence (or heading, caption, list item) of the cleaned text.
 *
 * @param span      where it stands
 * @param paragraph index of the paragraph (block) that holds it, from 0
 * @param heading   true for a heading or a line that is not a full sentence
 */
public record Sentence(Span span, int paragraph, boolean heading) {
}
