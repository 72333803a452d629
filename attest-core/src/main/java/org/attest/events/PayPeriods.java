package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A month named as the period a pay covers: "the boycott will go on until salaries for July,
 * August and September are paid", "demanded wages for March". It tells what is owed, not when
 * anything happened, so it dates no event. Static helper of {@link DatePass}.
 */
final class PayPeriods {
    private PayPeriods() {}

    /** Nouns of pay. */
    private static final Set<String> PAY = WordSets.named("pay-nouns");
    /** Tokens of a list of months between "for" and the date at most ("July, August and"). */
    private static final int LIST_REACH = 8;

    /**
     * True when the date starting at token {@code first} follows a noun of pay and "for", with at
     * most a list of other dates (capitalised words, numbers, commas, "and") between.
     */
    static boolean covered(int first, List<Token> tokens) {
        for (int k = first - 1; k >= 1 && k >= first - 1 - LIST_REACH; k--) {
            Token t = tokens.get(k);
            if (t.word() && t.lower().equals("for")) {
                return tokens.get(k - 1).word() && PAY.contains(tokens.get(k - 1).lower());
            }
            boolean listed = t.surface().equals(",") || t.word() && (t.capitalised() || t.lower().equals("and")
                    || Character.isDigit(t.surface().charAt(0)));
            if (!listed) {
                return false;
            }
        }
        return false;
    }
}
