package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * A year or month told inside a relative (or "that") clause after an event: "teachers
 * marched, demanding allowances that they say were promised in 2023", "sentenced an inspector for
 * the murder of a rider who refused to pay a bribe in 2023", "said the verdict opens the way to
 * the trial of Raisi, who sat on the commission in 1988". The clause says when the allowances
 * were promised or the rider refused; the march and the sentence before it keep the time the
 * sentence or its context gives them. Only a year or month counts: a day at the end of such a
 * clause ("detained activists who were handing out leaflets on Monday") is mostly the event's own.
 * Static helper of {@link DatePass}.
 */
final class ClauseYears {
    private ClauseYears() {}

    /** Words that open a relative clause: "allowances that", "a rider who". */
    private static final Set<String> RELATIVES = WordSets.named("clause-year-relatives");
    /** Prepositions after which "that" is a determiner: "against that law". */
    private static final Set<String> DETERMINER_THAT_AFTER = WordSets.named("that-determiner-prepositions");
    /** Tokens that close the clause before the date: the date then stands outside it. */
    private static final Set<String> CLOSERS = HashLookup.setOf(",", ";", ":", "(", ")", "\u2014", "\u2013");
    /** The most tokens between the relative word and the date. */
    private static final int REACH = 14;

    /**
     * True when date {@code d}, starting at token {@code first}, is a year or month inside a
     * relative clause that opens after hit {@code h} ends, with no hit of the sentence inside the
     * clause before the date: the clause's time, not {@code h}'s.
     */
    static boolean inClauseAfter(Hit h, DateMention d, int first, List<Hit> hits, List<Token> tokens) {
        if (first < 0 || first <= h.last() + 2
                || (d.precision() != DatePrecision.YEAR && d.precision() != DatePrecision.MONTH)) {
            return false;
        }
        for (int k = first - 1; k > h.last() + 1 && k >= first - REACH; k--) {
            Token t = tokens.get(k);
            if (CLOSERS.contains(t.surface()) || startsHit(k, hits)) {
                return false;
            }
            if (t.word() && t.lower().equals("that") && DETERMINER_THAT_AFTER.contains(tokens.get(k - 1).lower())) {
                continue; // "marched against that law in May": "that" points at the law, no clause opens
            }
            if (t.word() && RELATIVES.contains(t.lower())) {
                // after a noun ("a rider who"), a verb ("demanding that") or a comma ("Raisi, who sat on the
                // commission in 1988"): a clause of its own, unless it tells how an event began or took
                // place ("a strike on fuel prices which started in May")
                return (tokens.get(k - 1).word() || tokens.get(k - 1).surface().equals(",")) && !eventCourse(k + 1, first, tokens);
            }
        }
        return false;
    }

    /** Verbs of an event's course: a clause with one tells of the event before it ("which started in May"). */
    private static final Set<String> COURSE_VERBS = WordSets.named("clause-year-course-verbs");

    private static boolean eventCourse(int from, int to, List<Token> tokens) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).word() && COURSE_VERBS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsHit(int k, List<Hit> hits) {
        for (Hit h : hits) {
            if (h.first() == k) {
                return true;
            }
        }
        return false;
    }
}
