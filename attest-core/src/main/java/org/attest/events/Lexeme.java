package org.attest.events;

import java.util.List;

/**
 * One distinct written token of a document and what the passes ask of it, worked out once: its
 * lower-case and stemmed keys, its shape, and the trigger phrases it may start. Every occurrence
 * of the word in the document shares the instance (see {@link Tokenizer}), so the keys' hash
 * codes, too, are computed once.
 *
 * @param surface     the text as written
 * @param lower       {@link Normalizer#lower} of the surface (punctuation: the surface itself)
 * @param stem        {@link Normalizer#stem} of the surface (punctuation: the surface itself)
 * @param word        false for punctuation
 * @param capitalised a word whose first character is an upper-case letter
 * @param acronym     an all-capitals word of two to seven letters ("NCRI", "UN")
 * @param triggers    the lexicon lines whose first word this token matches, stem matches first;
 *                    empty for punctuation
 * @param actors      indexes into {@link EventLexicon#genericActors()} of the phrases whose first
 *                    word has this stem; empty for punctuation
 */
record Lexeme(String surface, String lower, String stem, boolean word, boolean capitalised, boolean acronym,
              List<Trigger> triggers, List<Integer> actors) {

    /** A word as the lexicon sees it. */
    static Lexeme word(String surface, EventLexicon lexicon) {
        String lower = Normalizer.lower(surface);
        String stem = Normalizer.stemOfLower(lower);
        WordIndex.Entry starts = lexicon.words().get(stem);
        return new Lexeme(surface, lower, stem, true, Character.isUpperCase(surface.codePointAt(0)),
                isAcronym(surface), starts.triggers(lower), starts.actors());
    }

    /** A punctuation character (or a lone symbol), which matches nothing in the lexicon. */
    static Lexeme punctuation(String surface) {
        return new Lexeme(surface, surface, surface, false, false, false, List.of(), List.of());
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
