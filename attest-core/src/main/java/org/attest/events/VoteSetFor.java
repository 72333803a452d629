package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A day a vote is set for: "a rally for a candidate in a by-election scheduled for 30 October".
 * The day after "scheduled for" belongs to the vote just before it, as a noun's modifier does;
 * the rally held for its candidate is not on polling day, and takes a date of its own or its
 * context's.
 */
final class VoteSetFor {
    /** Participles that set a thing for a day: "scheduled for", "set for", "due on". */
    private static final Set<String> SETTING = Set.of("scheduled", "set", "due", "slated", "planned", "called");
    /** Words joining the participle to the day. */
    private static final Set<String> LINKS = Set.of("for", "on");

    private VoteSetFor() {}

    /** Index of the election hit the date at token {@code first} is set for, or -1. */
    static int voteOf(int first, List<Hit> hits, List<Token> tokens) {
        if (first < 3 || !LINKS.contains(tokens.get(first - 1).lower()) || !SETTING.contains(tokens.get(first - 2).lower())) {
            return -1;
        }
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).type().equals("election") && hits.get(i).last() == first - 3) {
                return i;
            }
        }
        return -1;
    }
}
