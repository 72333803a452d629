package org.attest.events;

import java.util.List;

/**
 * One distinct written token of a document and what the passes ask of it, worked out once: its
 * lower-case and stemmed keys, its shape and lexicon roles as bits, and the trigger and actor
 * phrases it may start. Every occurrence of the word, in this document and the others, shares the
 * instance (see {@link LexemeCache}), so the keys' hash codes, too, are computed once.
 *
 * @param surface  the text as written
 * @param lower    {@link Normalizer#lower} of the surface (punctuation: the surface itself)
 * @param stem     {@link Normalizer#stem} of the surface (punctuation: the surface itself)
 * @param bits     the shape and role bits below that hold for it
 * @param triggers the lexicon lines whose first word this token matches, stem matches first;
 *                 empty for punctuation
 * @param actors   indexes into {@link EventLexicon#genericActors()} of the phrases whose first
 *                 word has this stem; empty for punctuation
 * @param marks    the {@link WordMarks} of the trigger words after a phrase's first that it
 *                 matches; 0 for punctuation
 * @param sets     the bits ({@link WordSets#bit}) of the {@link TokenSet}s that hold the lower-case form
 */
record Lexeme(String surface, String lower, String stem, int bits, List<Trigger> triggers, List<Integer> actors,
              long marks, long sets) {
    /** A word: letters, digits, inner apostrophes and hyphens, or a hashtag or handle. */
    static final int WORD = 1;
    /** A word whose first character is an upper-case letter. */
    static final int CAPITALISED = 1 << 1;
    /** An all-capitals word of two to seven letters ("NCRI", "UN"), the shape of an acronym. */
    static final int ACRONYM = 1 << 2;
    /** An opening or closing quotation mark. */
    static final int QUOTE = 1 << 3;
    /** Punctuation that ends a clause for guard purposes (not a hyphen or apostrophe). */
    static final int CLAUSE_BREAK = 1 << 4;
    /** It starts at least one trigger line. */
    static final int STARTS_TRIGGER = 1 << 5;
    /** It starts at least one generic actor phrase. */
    static final int STARTS_ACTOR = 1 << 6;
    /** Roles of the lower-case form in the lexicon's word lists ({@link WordIndex.Entry#roles}). */
    static final int REPORTING_VERB = 1 << 7;
    static final int ANAPHOR = 1 << 8;
    static final int PRONOUN = 1 << 9;
    static final int SKIP_WORD = 1 << 10;
    static final int ORG_HEAD = 1 << 11;
    /** Roles in the guard lists ({@link Guards#roles}). */
    static final int GUARD_END = 1 << 12;
    static final int HABITUAL_END = 1 << 13;
    static final int HEAD_NOUN = 1 << 14;
    static final int ANAPHORIC = 1 << 15;
    /**
     * A word of the date-comparison lists ({@link Guards#comparisonBefore}, {@link ComparedDates}):
     * the last word of a comparison or compared-phrase opener, or an opener before a figure. Above
     * the initial's bits (16 to 20).
     */
    static final int COMPARISON_WORD = 1 << 21;
    /**
     * Where the initial of the lower-case form sits in the bits: 0 to 25 for 'a' to 'z', 26 for
     * any other character ({@link #initial}). A stem, being a cut of the lower-case form, shares it.
     */
    private static final int INITIAL_SHIFT = 16;
    static final int OTHER_INITIAL = 26;

    /** A word as the lexicon sees it. */
    static Lexeme word(String surface, WordIndex words) {
        String lower = Normalizer.lower(surface);
        String stem = Normalizer.stemOfLower(lower);
        WordIndex.Entry starts = words.get(stem);
        WordIndex.Form form = starts.form(lower);
        List<Trigger> triggers = form.triggers();
        int bits = WORD | form.roles() | initial(lower) << INITIAL_SHIFT;
        if (Character.isUpperCase(surface.codePointAt(0))) {
            bits |= CAPITALISED | (isAcronym(surface) ? ACRONYM : 0);
        }
        if (!triggers.isEmpty()) {
            bits |= STARTS_TRIGGER;
        }
        if (!starts.actors().isEmpty()) {
            bits |= STARTS_ACTOR;
        }
        return new Lexeme(surface, lower, stem, bits, triggers, starts.actors(), form.marks(), form.sets());
    }

    /** A punctuation character (or a lone symbol), which starts nothing in the lexicon. */
    static Lexeme punctuation(String surface, WordIndex words) {
        char c = surface.charAt(0);
        WordIndex.Form form = words.get(Normalizer.stemOfLower(surface)).form(surface);
        // its initial (the "other" code) lets a symbol cue of the lexicon ("%") reach it in CuePass
        int bits = form.roles() | initial(surface) << INITIAL_SHIFT;
        if ("\"\u201c\u201d\u00ab\u00bb".indexOf(c) >= 0) {
            bits |= QUOTE;
        }
        if ("-'\u2019".indexOf(c) < 0) {
            bits |= CLAUSE_BREAK;
        }
        return new Lexeme(surface, surface, surface, bits, List.of(), List.of(), 0, form.sets());
    }

    boolean is(int bit) {
        return (bits & bit) != 0;
    }

    /** The initial code of a word's lower-case form, from its bits. */
    static int initial(int bits) {
        return bits >>> INITIAL_SHIFT & 31;
    }

    /** 0 to 25 for a lower-case form starting 'a' to 'z', {@link #OTHER_INITIAL} otherwise. */
    static int initial(String lower) {
        char c = lower.isEmpty() ? 0 : lower.charAt(0);
        return c >= 'a' && c <= 'z' ? c - 'a' : OTHER_INITIAL;
    }

    private static boolean isAcronym(String surface) {
        if (surface.length() < 2 || surface.length() > 7) {
            return false;
        }
        for (int i = 0; i < surface.length(); i++) {
            if (!Character.isUpperCase(surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
