package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * An election said to have been boycotted by a share of its voters: "the 2021 vote, which the
 * opposition says was boycotted by most Iranians", "was boycotted by more than 70 percent of
 * eligible voters". The passive with a share tells how few people voted, a claim about the
 * election's turnout, not a call to boycott nor a campaign for one: readers give the election
 * alone. A boycott by a named actor ("was boycotted by the main opposition parties") is that actor's
 * act and is left alone.
 */
final class VoterBoycotts {
    private VoterBoycotts() {}

    /** Forms of "be" before the passive participle: "was boycotted", "had been boycotted". */
    private static final Set<String> BE = WordSets.named("voter-boycott-be");
    /** Words of a share of the voters after "by": "most", "majority", "percent", "voters". */
    private static final Set<String> SHARES = WordSets.named("voter-boycott-shares");
    /** Words after "by" looked at for the share, within the clause. */
    private static final int SHARE_WINDOW = 8;

    /** True when the hit is "boycotted" in the passive, with "by" and a share of the voters after it. */
    static boolean turnoutClaim(List<Token> tokens, Hit h) {
        if (!h.type().equals("boycott_call") || h.first() != h.last() || !tokens.get(h.last()).lower().equals("boycotted")) {
            return false;
        }
        int k = h.first() - 1;
        if (k >= 0 && tokens.get(k).word() && tokens.get(k).lower().endsWith("ly")) {
            k--; // "was widely boycotted"
        }
        if (k < 0 || !tokens.get(k).word() || !BE.contains(tokens.get(k).lower())) {
            return false;
        }
        int by = h.last() + 1;
        if (by >= tokens.size() || !tokens.get(by).lower().equals("by")) {
            return false;
        }
        for (int i = by + 1, words = 0; i < tokens.size() && words < SHARE_WINDOW; i++) {
            Token t = tokens.get(i);
            if (t.clauseBreak()) {
                return false;
            }
            if (t.surface().equals("%")) {
                return true; // "by 70% of voters"
            }
            if (t.word()) {
                words++;
                if (SHARES.contains(t.lower())) {
                    return true;
                }
            }
        }
        return false;
    }
}
