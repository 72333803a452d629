package org.attest.events;

import java.util.List;
import java.util.Optional;
import org.attest.model.DateMention;

/**
 * Dates that a clause keeps to its own hits: one inside a clause set off by commas about a person
 * or body ({@link AsideDates}: "the mayor, whose mandate ends in May, said on Tuesday"), and one
 * after "since" that a clause of "when" follows ({@link WhenClauses#afterSince}: "the largest
 * strikes since 2019, when police killed four strikers"), and one right before a clause of "in
 * which" ({@link WhenClauses#inWhichAfter}). Static helper of {@link DatePass}.
 */
final class ClauseDates {
    private ClauseDates() {}

    /**
     * True when date {@code d}, spanning tokens {@code first}..{@code last}, belongs to such a
     * clause: it is then added to the hits inside the clause in {@code attached} (by hit index),
     * and dates no other hit of the sentence, except after a clause of "in which" ("clashes on
     * Wednesday night in which a protester died"): it is then also added to {@code free}, which
     * other hits without a date of their own may share.
     */
    static boolean claimed(DateMention d, int first, int last, List<Hit> hits, List<Token> tokens,
                           List<List<DateMention>> attached, List<DateMention> free) {
        Optional<List<Integer>> aside = AsideDates.hitsInside(first, last, hits, tokens);
        if (aside.isPresent()) {
            aside.get().forEach(j -> attached.get(j).add(d));
            return true;
        }
        List<Integer> then = WhenClauses.afterSince(first, last, hits, tokens);
        then.forEach(j -> attached.get(j).add(d));
        if (!then.isEmpty()) {
            return true;
        }
        List<Integer> within = WhenClauses.inWhichAfter(last, hits, tokens);
        within.forEach(j -> attached.get(j).add(d));
        if (!within.isEmpty()) {
            free.add(d); // "raided the camp on Wednesday night, in which two died": the raid then too
        }
        return !within.isEmpty();
    }
}
