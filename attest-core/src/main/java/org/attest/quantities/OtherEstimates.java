package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * A bare number that gives another source's figure for what a sentence has counted already: "the
 * union said up to 5,000 people marched, while the police counted 1,800", "put the number at
 * 300", "higher than the ministry's figure of about 3,000". It counts what that count counts
 * ({@link UnitInference}).
 */
final class OtherEstimates {
    /** Verbs right before a bare number that give another source's figure for the same count. */
    private static final Set<String> ESTIMATE_VERBS = Set.of("counted", "estimated", "reported", "recorded",
            "registered", "confirmed", "tallied", "put");

    /** Nouns of a figure given for a count ("the ministry's figure of 3,000", "an estimate of 400"). */
    private static final Set<String> ESTIMATE_NOUNS = Set.copyOf(LexiconReader.words("estimate-nouns.txt"));

    private OtherEstimates() {}

    /**
     * True when the bare number starting at {@code numberFirst} is a second figure for what was
     * counted before: "the police counted 1,800", "the union put the number at 5,000", "officials
     * put it at 300", "the ministry's figure of about 3,000".
     */
    static boolean follows(List<Token> t, int numberFirst) {
        if (numberFirst < 1) {
            return false;
        }
        if (ESTIMATE_VERBS.contains(t.get(numberFirst - 1).lower())) {
            return true;
        }
        if (numberFirst >= 2 && t.get(numberFirst - 1).is("of") && ESTIMATE_NOUNS.contains(t.get(numberFirst - 2).lower())) {
            return true; // "higher than the ministry's figure of about 3,000"
        }
        if (!t.get(numberFirst - 1).is("at")) {
            return false;
        }
        for (int k = numberFirst - 2; k >= 0 && k >= numberFirst - 5; k--) {
            String w = t.get(k).lower();
            if (w.equals("put") || w.equals("puts") || w.equals("putting")) {
                return true;
            }
        }
        return false;
    }
}
