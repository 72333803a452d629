package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * An event told in the passive of a subject that "no" opens: "No journalist had been arrested by
 * Monday", "No member of the council has been convicted so far". The negation stands at the head of
 * the subject, too far before the verb for the guard phrases just before a hit to see it; the
 * clause says the act did not happen. A clause opener between the subject and the verb ("No one
 * knows why 40 were arrested") starts another clause, whose act is told.
 */
final class NoneSubjects {
    /** Auxiliaries of a passive between the subject and the hit: "had been", "was", "has been". */
    private static final Set<String> AUXILIARIES = WordSets.named("none-subject-auxiliaries");
    /** Words that open another clause inside the subject's stretch: "why", "that", "after". */
    private static final Set<String> CLAUSE_OPENERS = WordSets.named("none-subject-clause-openers");
    /** Conjunctions that open a clause of their own before "no" (r2b): "and", "but". */
    private static final Set<String> COORDINATORS = WordSets.named("none-subject-coordinators");
    /** Words the subject may hold between "no" and the auxiliaries: "No member of the opposition council". */
    private static final int SUBJECT_REACH = 7;

    private NoneSubjects() {}

    /** True when the hit is a passive verb whose clause opens with a subject "no" begins. */
    static boolean denied(List<Token> tokens, Hit h) {
        int k = h.first() - 1;
        int auxiliaries = 0;
        while (k >= 0 && auxiliaries < 3 && AUXILIARIES.contains(tokens.get(k).lower())) {
            k--;
            auxiliaries++;
        }
        if (auxiliaries == 0) {
            return false;
        }
        for (int words = 0; k >= 0 && words < SUBJECT_REACH; k--, words++) {
            Token t = tokens.get(k);
            if (t.clauseBreak() || CLAUSE_OPENERS.contains(t.lower())) {
                return false;
            }
            if (t.lower().equals("no")) {
                // "..., and no one is known to have been arrested": a coordinated clause opens there too
                return k == 0 || tokens.get(k - 1).clauseBreak() || COORDINATORS.contains(tokens.get(k - 1).lower());
            }
        }
        return false;
    }
}
