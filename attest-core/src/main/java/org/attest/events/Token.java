package org.attest.events;

/**
 * One token of a sentence: a word (letters, digits, inner apostrophes and hyphens), a hashtag or
 * handle, or a single punctuation character.
 *
 * @param surface the text as written
 * @param lower   {@link Normalizer#lower} of the surface
 * @param stem    {@link Normalizer#stem} of the surface (punctuation: the character itself)
 * @param start   UTF-16 offset in the document text
 * @param end     end offset, exclusive
 * @param word    false for punctuation
 */
record Token(String surface, String lower, String stem, int start, int end, boolean word) {

    /** True for a word whose first character is an upper-case letter. */
    boolean capitalised() {
        return word && Character.isUpperCase(surface.codePointAt(0));
    }

    /** True for an all-capitals word of two to seven letters ("NCRI", "UN"), the shape of an acronym. */
    boolean acronym() {
        if (!word || surface.length() < 2 || surface.length() > 7) {
            return false;
        }
        for (int i = 0; i < surface.length(); i++) {
            if (!Character.isUpperCase(surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True for a punctuation token that ends a clause for guard purposes (not hyphen or apostrophe). */
    boolean clauseBreak() {
        return !word && "-'\u2019".indexOf(surface.charAt(0)) < 0;
    }

    /** True for an opening or closing quotation mark. */
    boolean quote() {
        return !word && "\"\u201c\u201d\u00ab\u00bb".indexOf(surface.charAt(0)) >= 0;
    }
}
