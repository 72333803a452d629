package org.attest.events;

import java.util.Set;

/**
 * A list of {@code word-sets.tsv} as the passes test tokens against it. For the lists named in
 * {@link WordSets#ON_TOKENS} (those tested in the passes' scans over every token of a sentence)
 * membership is a bit worked out once per distinct word of a document ({@link Lexeme#sets()}) and
 * copied into each {@link Token}, so a test reads the token alone instead of hashing and comparing
 * the word's lower-case form. Either way {@link #has} answers as {@code contains(t.lower())} does.
 * Immutable.
 */
final class TokenSet {
    private final Set<String> words;
    /** The list's bit in {@link Lexeme#sets()}, or 0 for a list without one. */
    private final long bit;

    private TokenSet(Set<String> words, long bit) {
        this.words = words;
        this.bit = bit;
    }

    /** The list called {@code name}; fails as {@link WordSets#named} does for a list the file lacks. */
    static TokenSet named(String name) {
        return new TokenSet(WordSets.named(name), WordSets.bit(name));
    }

    /** True when the token's lower-case form is in the list. */
    boolean has(Token t) {
        return bit != 0 ? t.inSets(bit) : words.contains(t.lower());
    }

    /** True when the lower-case word is in the list. */
    boolean contains(String lower) {
        return words.contains(lower);
    }
}
