package org.attest.quantities;

/**
 * A number read from tokens, before any qualifier or unit.
 *
 * @param first index of its first token
 * @param last  index of its last token (inclusive)
 * @param value the number; for a vague amount its lower bound, for a fraction a value in (0, 1)
 * @param scale the multiplier a scale word or suffix applied ("1.5 million": 1e6), else 1
 * @param form  how it is written
 */
record NumberMatch(int first, int last, double value, double scale, Form form) {
    enum Form {
        /** "1,500", "2.3m", "1.5 million" */
        DIGITS,
        /** "six", "twenty-five", "three hundred", "a dozen" */
        WORDS,
        /** "hundreds", "tens of thousands", "several hundred" */
        VAGUE,
        /** "half", "two-thirds": needs "of" after it */
        FRACTION,
        /** a part of a whole: "one in four", "four out of five", "nine in every ten" */
        SHARE;

        /** The lower-case name used in rules. */
        final String code = name().toLowerCase(java.util.Locale.ROOT);
    }

    NumberMatch withLast(int newLast, double newValue, double newScale) {
        return new NumberMatch(first, newLast, newValue, newScale, form);
    }
}
