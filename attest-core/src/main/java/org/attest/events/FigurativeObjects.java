package org.attest.events;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The objects of {@code guards.tsv}'s {@code figurative} kind, which make the trigger before them a
 * figure of speech ("an assault on press freedom", "attacks on democracy"), and the test whether
 * one follows a trigger and ends its noun phrase. Immutable; held by {@link Guards}.
 */
final class FigurativeObjects {
    /** The objects, as lower-cased words, by their first word. */
    private final Map<String, List<List<String>>> byFirstWord;

    /** @param byFirstWord the objects by first word, an immutable table the caller gives up */
    FigurativeObjects(Map<String, List<List<String>>> byFirstWord) {
        this.byFirstWord = byFirstWord;
    }

    /**
     * Words that may follow a figurative object and end its noun phrase: in "an attack on democracy
     * and the rule of law" the object ends; in "an attack on democracy activists" it goes on to
     * name the people attacked.
     */
    private static final Set<String> PHRASE_ENDS = Set.of("and", "or", "but", "in", "of", "by", "that", "which",
            "as", "at", "from", "for", "with", "across", "around", "amid", "under", "during", "since", "is", "was",
            "are", "were", "has", "have", "had", "will", "would", "to", "on", "through", "itself");
    /** Last words of a figurative object that open a complement of their own: "on the rights of". */
    private static final Set<String> PHRASE_OPENERS = Set.of("of", "to");

    /**
     * True when an object of {@code guards.tsv}'s {@code figurative} kind follows token {@code last}
     * at once and ends its noun phrase: "an assault on press freedom", "attacks on democracy" name
     * no violence done to anyone, while "attacks on democracy activists" do.
     */
    boolean after(List<Token> tokens, int last) {
        int k = last + 1;
        List<List<String>> starting = k < tokens.size() && tokens.get(k).word() ? byFirstWord.get(tokens.get(k).lower()) : null;
        for (int p = 0; starting != null && p < starting.size(); p++) {
            List<String> words = starting.get(p);
            int end = k + words.size() - 1;
            // an object that ends in "of" or "to" ("on the rights of", "on the right to") opens its
            // complement itself; any other must end its noun phrase
            boolean open = PHRASE_OPENERS.contains(words.get(words.size() - 1));
            if (end < tokens.size() && Guards.endsAt(words, tokens, end) && (open || end + 1 == tokens.size()
                    || !tokens.get(end + 1).word() || PHRASE_ENDS.contains(tokens.get(end + 1).lower()))) {
                return true;
            }
        }
        return false;
    }
}
