package org.attest.events;

import java.util.List;
import java.util.Optional;
import org.attest.model.DateMention;

/**
 * Dates that a clause keeps to its own hits: one inside a clause set off by commas about a person
 * or body ({@link AsideDates}: "the mayor, whose mandate ends in May, said on Tuesday"), and one
 * after "since" that a clause of "when" follows ({@link WhenClauses#afterSince}: "the largest
 * strikes since 2019, when police killed four strikers"). Static helper of {@link DatePass}.
 */
final class ClauseDates {
    private ClauseDates() {}

    /**
     * True when date {@code d}, spanning tokens {@code first}..{@code last}, belongs to such a
     * clause: it is then added to the hits inside the clause in {@code attached} (by hit index),
     * and dates no other hit of the sentence.
     */
    static boolean claimed(DateMention d, int first, int last, List<Hit> hits, List<Token> tokens,
                           List<List<DateMention>> attached) {
        Optional<List<Integer>> aside = AsideDates.hitsInside(first, last, hits, tokens);
        if (aside.isPresent()) {
            aside.get().forEach(j -> attached.get(j).add(d));
            return true;
        }
        List<Integer> then = WhenClauses.afterSince(first, last, hits, tokens);
        then.forEach(j -> attached.get(j).add(d));
        return !then.isEmpty();
    }
}
