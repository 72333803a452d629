package org.attest.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attest.model.Quantity;

/**
 * The told events whose sentence tells them of one person ("Kisoro was detained", "the leader has
 * been arrested"). {@link Retellings#sameSize} takes a told event without a count for one of any
 * size; a source's count of many after one person's arrest ("Police arrested the candidate ... The
 * party said 35 officials have been detained") counts others, so it is a second event.
 */
final class ToldOfOne {
    /** The verb forms that make a passive trigger singular: "was detained", "has been killed". */
    private static final Set<String> SINGULAR = Set.of("was", "has been");

    private final Set<Integer> records = new HashSet<>();

    /** Remembers the record standing at {@code at} when its trigger is told of one person. */
    void add(int at, List<Token> tokens, Hit h) {
        if (ofOne(tokens, h)) {
            records.add(at);
        }
    }

    /**
     * True when the record at {@code at} was told of one person, without a count of its own
     * ({@code toldCounts}), and these counts are of more than one: the counts are of other people.
     */
    boolean others(int at, List<Quantity> quantities, List<Integer> toldCounts, List<Integer> counts) {
        if (!toldCounts.isEmpty() || !records.contains(at)) {
            return false;
        }
        for (int q : counts) {
            if (quantities.get(q).value() > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a singular auxiliary stands right before the trigger ("was arrested", "has been
     * detained"): a plural subject would take "were" or "have been". "had been" is either.
     */
    static boolean ofOne(List<Token> tokens, Hit h) {
        int i = h.first() - 1;
        if (i < 0) {
            return false;
        }
        String one = tokens.get(i).lower();
        if (SINGULAR.contains(one)) {
            return true;
        }
        return i >= 1 && SINGULAR.contains(tokens.get(i - 1).lower() + " " + one);
    }
}
