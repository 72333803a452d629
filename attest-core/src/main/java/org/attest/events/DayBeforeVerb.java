package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A day told between a speaker and the verb ("Civic Watch, a coalition of rights groups, on Monday
 * demanded ..."): the phrase dates the speech and stands outside its subject, so the subject is
 * read before it.
 */
final class DayBeforeVerb {
    /** Weekdays and months: "on Monday", "on 3 May". */
    private static final Set<String> DAYS = WordSets.named("speech-days");
    /** Parts of a day after its name: "on Monday evening". */
    private static final Set<String> PARTS = Set.of("morning", "afternoon", "evening", "night");
    /** Tokens a day phrase may hold after "on": "on Monday", "on 3 May", "on Friday evening". */
    private static final int MAX_WORDS = 3;

    private DayBeforeVerb() {}

    /**
     * The index of the last token before an "on ..." day phrase that ends at {@code end}, or
     * {@code end} itself when no such phrase ends there.
     */
    static int before(List<Token> tokens, int end) {
        int k = end;
        boolean day = false;
        for (int words = 0; k >= 1 && words < MAX_WORDS; words++, k--) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (!t.word() && !t.surface().chars().allMatch(Character::isDigit)) {
                return end;
            }
            if (DAYS.contains(w)) {
                day = true;
            } else if (!PARTS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                return end;
            }
            if (tokens.get(k - 1).word() && tokens.get(k - 1).lower().equals("on")) {
                return day ? k - 2 : end;
            }
        }
        return end;
    }
}
