package org.attest.events;

import java.util.List;

/**
 * One token of a sentence: a word (letters, digits, inner apostrophes and hyphens), a hashtag or
 * handle, or a single punctuation character, at its place in the document. Its lexeme's bits are
 * copied into it, so that the passes' scans over a sentence read only the tokens, which lie
 * together in memory, and visit a lexeme only for a token the bits single out.
 */
final class Token {
    private final Lexeme lexeme;
    private final int start;
    private final int end;
    private final int bits;
    /** The lexeme's {@link Lexeme#sets()}, copied for the same reason. */
    private final long sets;

    /**
     * @param lexeme what is written, shared by every occurrence in the document
     * @param start  UTF-16 offset in the document text
     * @param end    end offset, exclusive
     */
    Token(Lexeme lexeme, int start, int end) {
        this.lexeme = lexeme;
        this.start = start;
        this.end = end;
        this.bits = lexeme.bits();
        this.sets = lexeme.sets();
    }

    Lexeme lexeme() {
        return lexeme;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** True when the lexeme has one of these {@link Lexeme} bits. */
    boolean is(int bit) {
        return (bits & bit) != 0;
    }

    /** True when the lower-case form is in one of the {@link TokenSet}s of these bits. */
    boolean inSets(long setBits) {
        return (sets & setBits) != 0;
    }

    /** {@link Lexeme#initial(String)} of a word's lower-case form. */
    int initial() {
        return Lexeme.initial(bits);
    }

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
        return is(Lexeme.WORD);
    }

    /** True for a word whose first character is an upper-case letter. */
    boolean capitalised() {
        return is(Lexeme.CAPITALISED);
    }

    /** True for an all-capitals word of two to seven letters ("NCRI", "UN"), the shape of an acronym. */
    boolean acronym() {
        return is(Lexeme.ACRONYM);
    }

    /** The lexicon lines this token may start. */
    List<Trigger> triggers() {
        return lexeme.triggers();
    }

    /** True for a punctuation token that ends a clause for guard purposes (not hyphen or apostrophe). */
    boolean clauseBreak() {
        return is(Lexeme.CLAUSE_BREAK);
    }

    /** True for an opening or closing quotation mark. */
    boolean quote() {
        return is(Lexeme.QUOTE);
    }

    @Override
    public String toString() {
        return surface() + "@" + start;
    }
}
