package org.attest.quantities;

import java.util.Locale;
import java.util.Map;

/**
 * The plural of a counted noun, for a bare number that borrows the noun of "one ..." before it
 * ("one protester died and two were injured": protesters). Only the last word of the unit changes.
 */
final class Plurals {
    /** Irregular plurals of nouns that count people. */
    private static final Map<String, String> IRREGULAR = Map.of("man", "men", "woman", "women",
            "child", "children", "person", "people", "policeman", "policemen", "gunman", "gunmen");

    private Plurals() {}

    /** The plural of {@code unit}'s last word, the words before it kept. */
    static String plural(String unit) {
        int space = unit.lastIndexOf(' ');
        String head = unit.substring(0, space + 1);
        String word = unit.substring(space + 1);
        String lower = word.toLowerCase(Locale.ROOT);
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return head + irregular;
        }
        if (IRREGULAR.containsValue(lower)) {
            return unit; // "people", "men": plural already
        }
        if (lower.endsWith("ss") || lower.endsWith("x") || lower.endsWith("sh") || lower.endsWith("ch")) {
            return head + word + "es"; // "witnesses", "boxes"
        }
        if (lower.endsWith("s")) {
            return unit; // already plural, or the same in both ("news")
        }
        if (lower.length() > 2 && lower.endsWith("y") && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return head + word.substring(0, word.length() - 1) + "ies";
        }
        return head + word + "s";
    }
}
