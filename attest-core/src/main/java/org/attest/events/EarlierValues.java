package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A sentence that gives a figure's earlier value ("By Sunday their tally had stood at 12", "the day
 * before, the toll stood at 40"): after a running total was raised, it tells what the count
 * was then, a point of comparison. Its day is when the old count held, no day of the news told
 * after it, so it dates no later sentence of its paragraph or entry. Static helper of
 * {@link ContextDates}.
 */
final class EarlierValues {
    private EarlierValues() {}

    /** Past verbs of a figure's level, before "at": "stood at 40". */
    private static final Set<String> LEVEL_VERBS = WordSets.named("earlier-value-verbs");

    /** True when the sentence holds a past verb of level right before "at": "the toll stood at 40". */
    static boolean told(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).word() && LEVEL_VERBS.contains(tokens.get(i).lower()) && tokens.get(i + 1).lower().equals("at")) {
                return true;
            }
        }
        return false;
    }
}
