package org.attest.events;

import java.util.List;

/**
 * One token of a sentence: a word (letters, digits, inner apostrophes and hyphens), a hashtag or
 * handle, or a single punctuation character, at its place in the document.
 *
 * @param lexeme what is written, shared by every occurrence in the document
 * @param start  UTF-16 offset in the document text
 * @param end    end offset, exclusive
 */
record Token(Lexeme lexeme, int start, int end) {

    /** The text as written. */
    String surface() {
        return lexeme.surface();
    }

    /** {@link Normalizer#lower} of the surface. */
    String lower() {
        return lexeme.lower();
    }

    /** {@link Normalizer#stem} of the surface (punctuation: the character itself). */
    String stem() {
        return lexeme.stem();
    }

    /** False for punctuation. */
    boolean word() {
        return lexeme.word();
    }

    /** True for a word whose first character is an upper-case letter. */
    boolean capitalised() {
        return lexeme.capitalised();
    }

    /** True for an all-capitals word of two to seven letters ("NCRI", "UN"), the shape of an acronym. */
    boolean acronym() {
        return lexeme.acronym();
    }

    /** The lexicon lines this token may start. */
    List<Trigger> triggers() {
        return lexeme.triggers();
    }

    /** True for a punctuation token that ends a clause for guard purposes (not hyphen or apostrophe). */
    boolean clauseBreak() {
        return !word() && "-'\u2019".indexOf(surface().charAt(0)) < 0;
    }

    /** True for an opening or closing quotation mark. */
    boolean quote() {
        return !word() && "\"\u201c\u201d\u00ab\u00bb".indexOf(surface().charAt(0)) >= 0;
    }
}
