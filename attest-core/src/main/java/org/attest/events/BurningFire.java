package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * "fire" as a burning, not a shooting: the stem of "fire on" also matches "fired on", so "a
 * barricade was set on fire on the avenue", "the depot caught fire on Monday" and "the car was
 * on fire on the bridge" read as shots fired on someone. A word right before "fire" that makes it
 * the noun of a blaze ("on fire", "caught fire", "set fire") says it is none.
 */
final class BurningFire {
    private BurningFire() {}

    private static final Set<String> BEFORE_BLAZE = WordSets.named("blaze-before-fire");

    /** True when an attack hit starts with the word "fire" and a blaze word stands right before it. */
    static boolean blaze(List<Token> tokens, Hit h) {
        int i = h.first();
        if (!h.type().equals("attack") || !tokens.get(i).lower().equals("fire") || i < 1) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.word() && BEFORE_BLAZE.contains(before.lower());
    }
}
