package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * An event noun a picture shows: "guards found photographs of the 2019 rallies on their laptops",
 * "posted hundreds of photos from the strikes". "The" points back to an event the report has
 * told (or takes as known); the picture is the news, not a new event. Only the noun right after
 * "of the" or "from the" (a year between them allowed: "the 2019 rallies") counts, so "a picture of
 * the governor was torched" keeps its act, and "photos of protests in ten cities" names none pointed back to.
 */
final class PicturedEvents {
    private PicturedEvents() {}

    /** Nouns of a picture: "photographs", "images". */
    private static final Set<String> PICTURES = WordSets.named("picture-nouns");
    /** Prepositions from the picture to what it shows: "of", "from". */
    private static final Set<String> LINKS = WordSets.named("picture-links");

    /** True when noun hit {@code h} follows a picture noun, "of"/"from" and "the" (and perhaps a year). */
    static boolean pictured(List<Token> tokens, Hit h) {
        if (h.actionForm(tokens)) {
            return false;
        }
        int k = h.first() - 1;
        if (k >= 0 && year(tokens.get(k))) {
            k--;
        }
        return k >= 2 && tokens.get(k).lower().equals("the") && LINKS.contains(tokens.get(k - 1).lower())
                && tokens.get(k - 2).word() && PICTURES.contains(tokens.get(k - 2).lower());
    }

    private static boolean year(Token t) {
        String s = t.surface();
        return s.length() == 4 && s.chars().allMatch(Character::isDigit);
    }
}
