package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.DateMention;

/**
 * Which of the dates attached to a hit are its own: less running totals, frames, continuations
 * and later verbs' dates. Static helpers of {@link DatePass}.
 */
final class OwnDates {
    private OwnDates() {}

    /** A hit's own dates less running totals ({@link #withoutRunningTotals}), frames, continuations and later verbs' dates ({@link DateFrames}). */
    static List<DateMention> of(List<DateMention> mine, List<Token> tokens) {
        List<DateMention> own = DateFrames.withoutGlossedRelatives(DateFrames.withoutFrames(withoutRunningTotals(mine, tokens)), tokens);
        return DateFrames.withoutLaterVerbs(DateFrames.withoutContinuations(own, tokens), tokens);
    }

    /**
     * A hit's own dates less those that open a running total ("43 people were detained tonight,
     * bringing the total since Thursday to 150"): "since" bounds a count, not an event of its own.
     * A lone date is kept whatever stands before it.
     */
    static List<DateMention> withoutRunningTotals(List<DateMention> mine, List<Token> tokens) {
        if (mine.size() < 2) {
            return mine;
        }
        List<DateMention> kept = new ArrayList<>(mine.size());
        for (DateMention d : mine) {
            int first = DatePass.tokenAt(tokens, d.span().start());
            if (first < 1 || !tokens.get(first - 1).lower().equals("since")) {
                kept.add(d);
            }
        }
        return kept.isEmpty() ? mine : kept;
    }
}
