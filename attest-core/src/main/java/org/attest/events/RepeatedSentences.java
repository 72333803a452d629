package org.attest.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Remembers the sentences of a document, so that a sentence the page prints again word for word
 * gives no second event. Pages repeat a standfirst in the body ("The group said 151 people were
 * detained in the capital"), a pull quote, or a whole sentence through a copy-and-paste slip; the
 * copy tells the same events again, never new ones. Sentences are compared by their words, ignoring
 * case, white space and the closing punctuation (a subheading has no full stop, its copy in the body has).
 * Mutable, one per document.
 */
final class RepeatedSentences {
    private final Set<Long> seen = new HashSet<>();

    /** True when a sentence of these tokens was already given by an earlier call. */
    boolean repeats(List<Token> tokens) {
        return !seen.add(key(tokens));
    }

    /**
     * A 64-bit hash of the sentence's lower-case word forms in order, without its closing
     * punctuation or quotes: white space and case do not count. Made from the tokens' forms, whose
     * string hashes their lexemes keep, so a sentence costs a step per token and copies nothing.
     */
    static long key(List<Token> tokens) {
        int end = tokens.size();
        while (end > 0 && CLOSING.indexOf(tokens.get(end - 1).surface().charAt(0)) >= 0
                && tokens.get(end - 1).surface().length() == 1) {
            end--;
        }
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < end; i++) {
            h = (h ^ tokens.get(i).lower().hashCode()) * 0x100000001b3L;
            h ^= h >>> 29;
        }
        return h;
    }

    private static final String CLOSING = ".!?;:\"'\u201d\u2019)";
}
