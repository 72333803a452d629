package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A noun phrase set off by a comma right after a mention, which renames it: in "The protests, the
 * fifth round of demonstrations since the vote, were organised by the coalition" the demonstrations
 * are the protests, so when "the protests" only point back to an event told before, so does the
 * apposition, whatever ordinal or adjective it carries.
 */
final class Appositions {
    /** Words that open an apposition after the comma: "the fifth round of", "a third day of". */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "their", "its");
    /** Tokens from the comma to the renaming noun at most: ", the fifth round of". */
    private static final int REACH = 6;

    private Appositions() {}

    /**
     * True when {@code later} stands in an apposition to {@code mention}: a comma right after the
     * mention, then a determiner, then no other comma or quotation before {@code later}, within
     * {@value #REACH} tokens.
     */
    static boolean renames(List<Token> tokens, Hit mention, Hit later) {
        int comma = mention.last() + 1;
        if (later.first() <= comma + 1 || later.first() - comma > REACH || comma >= tokens.size()
                || !tokens.get(comma).surface().equals(",") || !OPENERS.contains(tokens.get(comma + 1).lower())) {
            return false;
        }
        for (int k = comma + 1; k < later.first(); k++) {
            Token t = tokens.get(k);
            if (!t.word() || t.quote()) {
                return false;
            }
        }
        return true;
    }
}
