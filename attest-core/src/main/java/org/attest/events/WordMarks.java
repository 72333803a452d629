package org.attest.events;

import java.util.List;

/**
 * One bit of 64 for each word a trigger phrase needs after its first, by the word's matching key
 * (a stem, or an exact lower-case form). A phrase carries the bits of its later words
 * ({@link Trigger#rest}); a word of the text carries the bits of the phrase words it matches
 * ({@link Lexeme#marks}), none for a word no phrase needs after its first. A sentence whose words'
 * bits lack one of a phrase's cannot hold the phrase, whose match is then not tried. Words share
 * bits, so a sentence may pass the test and still not hold the phrase: the test only rules out.
 */
final class WordMarks {
    private WordMarks() {}

    /** The bit of a phrase word's matching key. */
    static long of(String key) {
        int h = key.hashCode();
        return 1L << ((h ^ (h >>> 16)) & 63);
    }

    /** The bits of the words after the first, gaps aside. */
    static long afterFirst(List<Trigger.Word> words) {
        long marks = 0;
        for (int w = 1; w < words.size(); w++) {
            if (!words.get(w).gap()) {
                marks |= of(words.get(w).value());
            }
        }
        return marks;
    }

    /** The bits the words of a sentence carry, together. */
    static long of(List<Token> tokens) {
        long marks = 0;
        for (int i = 0; i < tokens.size(); i++) {
            marks |= tokens.get(i).lexeme().marks();
        }
        return marks;
    }
}
