package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Tells an official's plain "said" that reports what had been done ("the provincial governor said
 * that 40 people had been detained since January", "the party said the regime had executed more
 * than 300 people in 2021", "the ministry said it had detained nine members of a cell"). A speaker
 * who sums up in the past perfect what went before is giving its own account, a claim or a tally,
 * and the seeds' gold and most of the sets (events96) mark it a statement beside the events it
 * counts; "the ministry said 20 were arrested" in the simple past still only sources the arrests.
 * Only the speakers {@link SpeakerPass} keeps and the body frames ("the ministry said") are asked;
 * a force's plain account ({@link ForceAccounts}) and a rights body's ({@link RightsAccounts}) stay sources.
 */
final class PerfectTallies {
    /** Plain reporting verbs: "said", "told". */
    private static final Set<String> PLAIN_VERBS = WordSets.named("plain-report-verbs");
    /** The past-perfect auxiliary: "had". */
    private static final Set<String> PERFECT = WordSets.named("reported-perfect-auxiliaries");
    /** Types a tally tells: "had been detained", "had been executed"; a crowd that "had marched" is the protest alone. */
    private static final Set<String> TYPES = WordSets.named("perfect-tally-types");
    /** Tokens after the verb in which the auxiliary must stand: "said that 'a number of people' had". */
    private static final int AUXILIARY_REACH = 14;
    /** Words between the auxiliary and the event it tells: "had also been detained". */
    private static final int EVENT_REACH = 3;

    private PerfectTallies() {
    }

    /**
     * True when statement hit {@code h} is a plain reporting verb (a speech verb, or a frame ending
     * in one) whose reported clause holds the past-perfect auxiliary followed within
     * {@link #EVENT_REACH} words by another hit of {@code hits} of a type a tally tells ({@code perfect-tally-types}).
     */
    static boolean tells(List<Token> tokens, Hit h, List<Hit> hits) {
        Trigger.Form form = h.trigger().form();
        if (!h.type().equals("statement") || form != Trigger.Form.SPEECH && form != Trigger.Form.FRAME) {
            return false;
        }
        Token verb = tokens.get(h.last());
        if (!verb.word() || !PLAIN_VERBS.contains(verb.lower()) || ForceAccounts.account(tokens, h.last())
                || RightsAccounts.account(tokens, h.last())) {
            return false; // a force's or a rights body's tally only sources the events it counts
        }
        int end = Math.min(tokens.size(), h.last() + 1 + AUXILIARY_REACH);
        for (int k = h.last() + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.word() && (t.surface().equals(".") || t.surface().equals(";"))) {
                return false;
            }
            if (t.word() && PERFECT.contains(t.lower())) {
                return eventAfter(hits, h, k);
            }
        }
        return false;
    }

    private static boolean eventAfter(List<Hit> hits, Hit h, int auxiliary) {
        for (Hit o : hits) {
            if (TYPES.contains(o.type()) && o.trigger().form() != Trigger.Form.PERSON
                    && o.first() > auxiliary && o.first() <= auxiliary + EVENT_REACH) {
                return true;
            }
        }
        return false;
    }
}
