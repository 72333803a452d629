package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Whether an attack hit's own words tell a shooting ("opened fire", "fired live ammunition"), not
 * arson ("set fire to the offices") nor the people a shot struck ("were hit by bullets"). Only a
 * shooting may be the killing the body told before, told again ({@link
 * Retellings#firingOfToldKilling}); this word test is apart from {@link Retellings}, which
 * remembers the told events, because reading a hit's wording is a job of its own.
 */
final class ShootingWords {
    private ShootingWords() {}

    /** Words of a shooting: an attack told with one of them may be a killing told before. */
    private static final Set<String> FIRING = WordSets.named("firing-words");
    /** Words before "fire" that make it arson, no shooting: "set fire to the offices", "the building on fire". */
    private static final Set<String> ARSON_BEFORE_FIRE = WordSets.named("arson-before-fire");
    /** Verbs of people struck by a shot ("hit by bullets"): the wounded, not the shooting told again. */
    private static final Set<String> STRUCK = WordSets.named("struck-words");

    /**
     * True when the words of hit {@code h} tell a shooting: a firing word not after an arson word,
     * and no word of being struck at its start.
     */
    static boolean tellShooting(List<Token> tokens, Hit h) {
        if (STRUCK.contains(tokens.get(h.first()).lower())) {
            return false; // "were hit by bullets": the people struck, news of their own
        }
        for (int i = h.first(); i <= h.last(); i++) {
            if (tokens.get(i).word() && FIRING.contains(tokens.get(i).lower())
                    && !(i > 0 && ARSON_BEFORE_FIRE.contains(tokens.get(i - 1).lower()))) {
                return true;
            }
        }
        return false;
    }
}
