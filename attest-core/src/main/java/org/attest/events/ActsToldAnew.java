package org.attest.events;

import java.util.List;

/**
 * A verb that tells again, with its own day, an act the report told before is news of its own when
 * its subject is someone named afresh rather than those told of: "protests erupted over the mayor's
 * arrest on Wednesday ... Kestrel, 53, was detained in a dawn raid on Wednesday". Annotators mark
 * each sentence that reports the act, so it is not folded into the first record
 * ({@link Retellings#sameDay}). A subject that points back ("the three were hanged on 29 April",
 * "Both were executed at dawn", "it had been used in 40,000 tweets") or counts ("about 3,000 people
 * marched on 3 March", whose figure joins the first record) keeps the retelling, and so does a day
 * taken from the paragraph or the lead. The subject is read back from the verb to the clause's
 * start, at most {@link #SUBJECT_WINDOW} tokens.
 */
final class ActsToldAnew {
    private static final TokenSet POINTING_SUBJECTS = TokenSet.named("retelling-subjects");

    /** How many tokens before the verb may hold its subject. */
    static final int SUBJECT_WINDOW = 10;

    private ActsToldAnew() {
    }

    /**
     * True when the hit, a verb dated by its own sentence ({@code rule} starts with "sentence"), has
     * before it, back to a comma or the sentence's start, no word that points back and no figure.
     */
    static boolean tellsAnew(List<Token> tokens, Hit hit, String rule) {
        if (!rule.startsWith("sentence") || !hit.actionForm(tokens)) {
            return false;
        }
        for (int i = hit.first() - 1; i >= Math.max(0, hit.first() - SUBJECT_WINDOW); i--) {
            Token t = tokens.get(i);
            if (!t.word()) {
                return true; // "Kestrel, 53, was detained": the clause opens at the comma
            }
            if (POINTING_SUBJECTS.has(t) || Character.isDigit(t.surface().charAt(0))) {
                return false;
            }
        }
        return hit.first() <= SUBJECT_WINDOW;
    }
}
