package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A trigger word inside the title of a work: in "a report titled Shoot the Rioters: Police Abuses
 * in the 2019 Elections" the capitalised "Elections" names a chapter of the title, no vote. The
 * words from "titled" or "entitled" up to the trigger must all be title words: capitalised words,
 * figures, small words ("of", "the") and the marks that join them (colon, apostrophe, dash).
 */
final class TitleWords {
    private TitleWords() {}

    /** How far back a title opener is looked for. */
    private static final int WINDOW = 20;

    private static final Set<String> OPENERS = WordSets.named("title-openers");
    private static final Set<String> SMALL = WordSets.named("title-small-words");
    private static final Set<String> JOINERS = Set.of(":", "'", "’", "‘", "'s", "’s", "-", "–", "\"", "“", "”");

    /** True when the hit's first word is capitalised and stands inside a title opened by "titled"/"entitled". */
    static boolean inTitle(List<Token> tokens, Hit h) {
        if (!tokens.get(h.first()).capitalised()) {
            return false;
        }
        for (int k = h.first() - 1; k >= 0 && k >= h.first() - WINDOW; k--) {
            Token t = tokens.get(k);
            String low = t.lower();
            if (OPENERS.contains(low) && t.word()) {
                return true;
            }
            boolean titleWord = t.word() && t.capitalised() || SMALL.contains(low) || JOINERS.contains(t.surface())
                    || t.surface().chars().allMatch(Character::isDigit) && !t.surface().isEmpty();
            if (!titleWord) {
                return false;
            }
        }
        return false;
    }
}
