package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * A date in a lead-up frame: "in the run-up to the elections on March 1", "ahead of the vote on 9
 * May", "in the weeks before the regime's elections on March 1". The date is the day of the
 * event the frame names, which the frame's clause only looks towards: what the sentence tells
 * happened before it. It dates that event alone, no other hit of the sentence, and no other
 * sentence. A frame that names no event ("in the days leading up to September 16") still bounds
 * the sentence's acts by its day, the best the sentence gives, and is left alone. Static helpers
 * of {@link DatePass} and {@link ContextDates}.
 */
final class LeadUps {
    private LeadUps() {}

    /** Words before "up to" that open a lead-up: "the run-up to", "leading up to". */
    private static final Set<String> UP_HEADS = WordSets.named("lead-up-heads");
    /** Nouns of time before "before" that open a lead-up: "in the weeks before". */
    private static final Set<String> SPANS = WordSets.named("lead-up-spans");
    /** Tokens between the frame's link word and the date: "the regime's parliamentary and Assembly of Experts elections on". */
    private static final int REACH = 14;

    /**
     * True when date {@code d}, starting at token {@code first}, stands in a lead-up frame that
     * names an event: then it is added to the dates {@code attached} to that event's hit, when the
     * event is a hit of the sentence, and to no other.
     */
    static boolean attach(DateMention d, int first, List<Hit> hits, List<Hit> dropped, List<Token> tokens,
                          List<List<DateMention>> attached) {
        if (!namesEvent(first, hits, dropped, tokens)) {
            return false;
        }
        int named = eventOf(first, hits, tokens);
        if (named >= 0) {
            attached.get(named).add(d);
        }
        return true;
    }

    /** The index of the hit the lead-up frame names before the date starting at token {@code first}, or -1. */
    static int eventOf(int first, List<Hit> hits, List<Token> tokens) {
        int link = linkBefore(first, tokens);
        if (link < 0) {
            return -1;
        }
        int best = -1;
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.first() > link && h.last() < first && h.trigger().form() != Trigger.Form.ACT) {
                best = i; // the noun nearest the date: "the elections" of "the run-up to the elections on March 1"
            }
        }
        return best;
    }

    /** True when the date starting at token {@code first} stands in a lead-up frame that names an event hit or a dropped trigger word. */
    static boolean namesEvent(int first, List<Hit> hits, List<Hit> dropped, List<Token> tokens) {
        int link = linkBefore(first, tokens);
        if (link < 0) {
            return false;
        }
        for (List<Hit> list : List.of(hits, dropped)) {
            for (Hit h : list) {
                if (h.first() > link && h.last() < first && h.trigger().form() != Trigger.Form.ACT) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The link word of a lead-up frame ("to" of "run-up to", "of" of "ahead of", "before" of "weeks
     * before") at most {@value #REACH} tokens before token {@code first}, with no clause break or
     * comma between; -1 when there is none.
     */
    private static int linkBefore(int first, List<Token> tokens) {
        for (int k = first - 1; k >= 1 && k >= first - REACH; k--) {
            Token t = tokens.get(k);
            if (t.clauseBreak() || t.surface().equals(",")) {
                return -1;
            }
            String w = t.lower();
            String before = tokens.get(k - 1).lower();
            if (w.equals("to") && (before.equals("up") && k >= 2 && UP_HEADS.contains(tokens.get(k - 2).lower())
                        || before.endsWith("-up") && UP_HEADS.contains(before.substring(0, before.length() - 3)))
                    || w.equals("of") && before.equals("ahead")
                    || w.equals("before") && SPANS.contains(before)) {
                return k;
            }
        }
        return -1;
    }
}
