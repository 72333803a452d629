package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops what an "until" clause awaits when the clause before it vows, refuses or will not act
 * before it: "would not lift the strike until the decree was repealed", "vowed to stay until the
 * governor resigns" tell no repeal and no resignation, only the condition of ending the strike or
 * the stay (a lexicon guard covered "until a new election was held" alone). A finished past
 * ("occupied the square until police cleared it on Monday") has no modal or negation before its
 * "until", and the clearing stays; a date or a noun after "until" ("until Friday", "until the
 * election") is no clause that awaits, since a verb of the clause must stand before the hit.
 * Speech verbs and frames are the saying's own and stay.
 */
final class AwaitedConditions implements HitPass {
    /** Words that open a clause of time: "until", "till". */
    private static final Set<String> OPENERS = WordSets.named("awaited-openers");
    /** Words before the opener that make what follows awaited: "would", "will", "not", "vowed", "refused". */
    private static final Set<String> AWAITING = WordSets.named("awaited-modals");
    /** Verbs of the clause after the opener that make it finite: "was", "is", "are", "has". */
    private static final Set<String> FINITE = WordSets.named("awaited-finite");
    /** Tokens from the opener to the hit at most: "until the decree was repealed". */
    private static final int CLAUSE_REACH = 6;
    /** Tokens before the opener searched for a modal or a negation: "would not lift the strike until". */
    private static final int MODAL_REACH = 8;

    @Override
    public String name() {
        return "awaited-condition";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Token> tokens = sentence.tokens();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!awaited(tokens, h)) {
                kept.add(h);
            }
        }
        return kept.size() == hits.size() ? hits : kept;
    }

    private static boolean awaited(List<Token> tokens, Hit h) {
        Trigger.Form form = h.trigger().form();
        if (form == Trigger.Form.SPEECH || form == Trigger.Form.FRAME) {
            return false;
        }
        boolean finite = false;
        for (int k = h.first() - 1; k >= 0 && k >= h.first() - CLAUSE_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (OPENERS.contains(t.lower())) {
                return finite && modalBefore(tokens, k);
            }
            finite |= FINITE.contains(t.lower());
        }
        return false;
    }

    /**
     * True when a modal or a negation stands at most {@link #MODAL_REACH} tokens before the opener at
     * {@code at}, in its sentence, and no past "did" ("did not end until the leader was freed" tells
     * the freeing).
     */
    private static boolean modalBefore(List<Token> tokens, int at) {
        boolean awaiting = false;
        for (int k = at - 1; k >= 0 && k >= at - MODAL_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                continue;
            }
            if (PAST_DO.contains(t.lower())) {
                return false;
            }
            awaiting |= AWAITING.contains(t.lower()) || t.lower().endsWith("n't");
        }
        return awaiting;
    }

    /** A past "do" before the negation: the wait is over and what ended it happened. */
    private static final Set<String> PAST_DO = Set.of("did", "didn't");
}
