package org.attest.quantities;

/**
 * Builds the short description of what a quantity counts: its unit followed by the words after
 * it in the context ("areas witnessed activities calling for a boycott"), at most
 * {@value #MAX} chars, cut at a word boundary. No more than the sentence says.
 */
final class WhatBuilder {
    static final int MAX = 80;

    private WhatBuilder() {}

    /**
     * @param unit the unit, or null
     * @param text the document text
     * @param from where the words after the quantity start
     * @param to   the end of the context
     * @return a description, never null (may be empty when the context says nothing more)
     */
    static String what(String unit, String text, int from, int to) {
        // only the first MAX + 1 chars can survive the cut below (or decide that one is needed)
        String rest = Tokenizer.collapseSpaces(text, Math.min(from, to), to, MAX + 2);
        // the words after the unit, or the clause after a comma: "children, during ..." not "children , during"
        String joined = unit == null ? rest
                : rest.isEmpty() || Character.isLetterOrDigit(rest.charAt(0)) ? (unit + " " + rest).strip()
                : unit + rest;
        if (joined.length() > MAX) {
            int cut = joined.lastIndexOf(' ', MAX);
            joined = joined.substring(0, cut > 0 ? cut : MAX);
        }
        int end = joined.length();
        while (end > 0 && ".,;:!?\"'()\u201c\u201d\u2019-\u2013\u2014".indexOf(joined.charAt(end - 1)) >= 0) {
            end--;
        }
        return joined.substring(0, end).strip();
    }
}
