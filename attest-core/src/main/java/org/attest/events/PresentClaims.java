package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A claim told in the simple present by a body, in a sentence that gives no date and tells no other
 * event ("the army says it controls the border", "the ministry denies any role and says the missing
 * have fled abroad"; a saying only when the speaker speaks of itself, for "the commission says results
 * have been checked" is the day's news): the present sums up a position the body holds, the report's background, no words
 * spoken on a day. A present claim that tells an act ("police say three people have been killed") keeps
 * its statement beside the act, and one that announces something ahead ("says it will open an
 * inquiry") is news. Asked by {@link HitLists#withoutHabits}, only of undated sentences that are no
 * headings. Round extra211.
 */
final class PresentClaims {
    /** Present forms of denying or insisting: "denies", "insists", "maintains". */
    private static final Set<String> CLAIMS = WordSets.named("present-claim-verbs");
    /** Present forms of saying: "says", read as a claim only with {@link #SELF} after them. */
    private static final Set<String> SAYS = WordSets.named("present-say-verbs");
    /** Pronouns by which the speaker speaks of itself: "says it holds". */
    private static final Set<String> SELF = WordSets.named("present-claim-self");
    /** Words of the reported clause that look ahead: "will", "plans", "intends". */
    private static final Set<String> AHEAD = WordSets.named("present-claim-ahead");

    private PresentClaims() {}

    /** A denial or insistence, or a saying whose clause opens with the speaker itself ("says it ..."). */
    private static boolean claim(List<Token> tokens, Hit h) {
        String verb = tokens.get(h.first()).lower();
        return CLAIMS.contains(verb) || SAYS.contains(verb) && h.last() + 1 < tokens.size()
                && SELF.contains(tokens.get(h.last() + 1).lower());
    }

    /** True when {@code h} is such a standing claim among {@code hits}, the sentence's all. */
    static boolean standing(List<Token> tokens, Hit h, List<Hit> hits) {
        if (!h.type().equals("statement") || !claim(tokens, h)) {
            return false;
        }
        for (Hit other : hits) {
            if (!other.type().equals("statement")) {
                return false; // the claim tells an act: its statement is news beside it
            }
        }
        for (int k = h.last() + 1; k < tokens.size(); k++) {
            if (AHEAD.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
