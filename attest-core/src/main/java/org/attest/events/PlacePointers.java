package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * "Police said 9 people were detained there": the place adverb points to the place the sentence
 * before named, so the event is at that place though its own sentence names none. The
 * existential "there" ("there were clashes", "there have been arrests") points nowhere.
 */
final class PlacePointers {
    private static final Set<String> COPULAS = WordSets.named("copulas");
    /** Words after an existential "there": "there have been", "there seems", "there remain". */
    private static final Set<String> EXISTENTIAL_NEXT = Set.of("has", "have", "had", "be", "been", "seems", "seem",
            "appears", "appear", "remain", "remains", "remained", "will", "would", "could", "may", "might", "must", "should");

    private PlacePointers() {}

    /** True when the sentence holds a locative "there" after a word of its own clause. */
    static boolean pointsToPlace(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word() || !t.lower().equals("there") || !tokens.get(i - 1).word()) {
                continue;
            }
            String next = i + 1 < tokens.size() && tokens.get(i + 1).word() ? tokens.get(i + 1).lower() : "";
            if (!COPULAS.contains(next) && !EXISTENTIAL_NEXT.contains(next)) {
                return true;
            }
        }
        return false;
    }
}
