package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A round of events told in the perfect as recurring: "retirees have rallied almost every week
 * since 2022", "nurses have marched each Friday since March". The frequency after the trigger
 * ("every week", "each month") sums up many events and tells none of them, dated or not (the
 * date after "since" only says when the round began), so a coder records no event there. "Ever
 * since" alone is no round: "miners have gathered outside the town hall ever since" tells one
 * gathering kept up from a told day. The perfect before the trigger is required: "teachers rallied
 * every week in May" in the past tense, or "will strike every Monday", tell a series of their own
 * that other passes date. A habit of the past told as one ("where thousands once gathered each
 * year", "used to march every Sunday") is such a round too: "once" or "used" stands for the perfect.
 * A trigger noun as the subject of the perfect has it after, before the frequency: "rallies have
 * been held every Friday since March".
 */
final class RecurringRounds {
    private RecurringRounds() {}

    /** Forms of "have" that make the perfect ("have rallied", "has been the scene of"). */
    private static final Set<String> HAVE = WordSets.named("round-have");
    /** Words that make a round a habit of the past, as the perfect makes it one kept up: "once gathered each year", "used to march". */
    private static final Set<String> FORMER = WordSets.named("round-former");
    /** Words that make a period after them recurring: "every", "each". */
    private static final Set<String> EVERY = WordSets.named("round-every");
    /** Periods a round recurs in: "week", "month", "Friday". */
    private static final Set<String> PERIODS = WordSets.named("round-periods");
    /** Tokens before the hit in which the "have" of its perfect may stand ("has been the scene of repeated strikes"). */
    private static final int HAVE_REACH = 6;
    /** Tokens after the hit in which the frequency may stand ("rallied almost every week"). */
    private static final int ROUND_REACH = 8;

    /** True when hit {@code h} stands in a perfect clause that goes on to say it recurs. */
    static boolean recurring(List<Token> tokens, Hit h) {
        int round = roundAfter(tokens, h);
        return round >= 0 && (perfectBefore(tokens, h) || perfectBetween(tokens, h.last() + 1, round));
    }

    /** The index of the frequency ("every" of "every week") after the hit in its clause, or -1. */
    private static int roundAfter(List<Token> tokens, Hit h) {
        int end = Math.min(tokens.size() - 1, h.last() + ROUND_REACH);
        for (int i = h.last() + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (t.clauseBreak()) {
                return -1;
            }
            String w = t.lower();
            String next = tokens.get(i + 1).lower();
            if (EVERY.contains(w) && PERIODS.contains(next)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean perfectBetween(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (HAVE.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean perfectBefore(List<Token> tokens, Hit h) {
        for (int i = h.first() - 1; i >= 0 && i >= h.first() - HAVE_REACH; i--) {
            Token t = tokens.get(i);
            if (t.clauseBreak()) {
                return false;
            }
            if (HAVE.contains(t.lower()) || FORMER.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
