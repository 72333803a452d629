package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A stretch told in the perfect up to "since": "Protests have gripped the country since a student
 * died in September", "the city has been rocked by strikes since the Aug. 9 election". The clause
 * after "since" says when the stretch began, and the report's annotators date the stretch's
 * events by it, as they date "have died in protests since April" by April. Static helpers of
 * {@link DateClauses} and {@link DatePass}.
 */
final class PerfectStretches {
    /** Forms of "have" that make a perfect: "have gripped", "has been rocked", "had been held". */
    private static final Set<String> HAVE = HashLookup.setOf("has", "have", "had", "'ve");
    /** Relative words between a noun and the "have" of its clause ("the unrest that has roiled ..."). */
    private static final Set<String> RELATIVES = HashLookup.setOf("that", "which", "who");
    /** Tokens before a hit in which the "have" of its perfect may stand ("has been rocked by mass protests"). */
    private static final int HAVE_REACH = 5;
    /** Tokens before a modifier date in which "since" opens its noun phrase ("since an Aug. 9 election"). */
    private static final int SINCE_REACH = 2;

    /** Tokens a hit may end before the "since" that bounds its stretch ("have arrested 300 people in the capital since"). */
    private static final int STRETCH_REACH = 8;
    /**
     * Tokens before "since" in which a rank word may stand: "the longest strikes in the country
     * since the 1986 uprising" measures the strikes against the uprising; they did not run from it.
     */
    static final int RECORD_REACH = 8;

    private PerfectStretches() {}

    /**
     * True when the date right after "since" at token {@code since} cannot date hit {@code h}
     * before it: the hit ends more than {@value #STRETCH_REACH} tokens before it, in a clause of
     * its own ("have detained 30 people after critics tried to march for the release of
     * students kept in prison since 2019": the imprisonment began in 2019).
     */
    static boolean tooFarBefore(Hit h, int since, List<Token> tokens) {
        return since > h.last() + STRETCH_REACH && tokens.get(since).lower().equals("since")
                && lowerWordsBetween(h.last(), since, tokens) > STRETCH_REACH;
    }

    /**
     * Lower-case words strictly between two tokens, "and"/"or" left out: a list of names ("in
     * Lindor, Varo and Tarn") lengthens no clause.
     */
    private static int lowerWordsBetween(int from, int to, List<Token> tokens) {
        int n = 0;
        for (int k = from + 1; k < to; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (t.word() && !t.capitalised() && !w.equals("and") && !w.equals("or")) {
                n++;
            }
        }
        return n;
    }

    /**
     * True when the date starting at token {@code first} comes right after "since", hit {@code h}
     * stands after it, and another hit ({@code others}) ends before "since" within reach: the
     * date is where the stretch before it began ("have been on hunger strike since 3 March to
     * demand the release of a student arrested in February"), not a day of the act told after.
     */
    static boolean startsStretchBefore(Hit h, int first, List<Hit> others, List<Token> tokens) {
        int since = first - 1;
        if (since < 0 || !tokens.get(since).lower().equals("since") || h.first() < first) {
            return false;
        }
        for (Hit o : others) {
            if (o.last() < since && !tooFarBefore(o, since, tokens)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when token {@code since} is "since" (or "following", after the subject of a perfect
     * only: "Marches have swept the country following the May 9 vote") and hit {@code h}, before it, stands in a clause in
     * the perfect that runs into it with no clause break: its subject ("Protests have gripped Iran
     * since ...", "the unrest that has roiled the city since ...") or a few words after its "have"
     * ("has been shaken by marches and strikes since ..."). A hit before a comma ("arrested
     * 50, the most since ...") or of the simple past ("arrested two reporters covering the unrest
     * that has roiled the city since ...") is none.
     */
    static boolean runsInto(Hit h, int since, List<Token> tokens) {
        boolean following = tokens.get(since).lower().equals("following");
        if (since <= h.last() || since - h.last() > STRETCH_REACH || !following && !tokens.get(since).lower().equals("since")) {
            return false;
        }
        for (int k = h.last() + 1; k < since; k++) {
            if (tokens.get(k).clauseBreak()) {
                return false; // "arrested 50, the most since ...": the stretch is another clause's
            }
        }
        int after = h.last() + 1;
        if (after < since && RELATIVES.contains(tokens.get(after).lower())) {
            after++; // "the unrest that has roiled the city since ..."
        }
        if (after < since && HAVE.contains(tokens.get(after).lower())) {
            return true; // "Protests have gripped Iran since ...", "Marches have swept the country following the May 9 vote"
        }
        if (following) {
            return false; // "have detained 30 people following the May 9 rally": when, the clause does not say
        }
        for (int k = h.first() - 1; k >= Math.max(0, h.first() - HAVE_REACH); k--) {
            Token t = tokens.get(k);
            if (t.clauseBreak() || RELATIVES.contains(t.lower())) {
                return false;
            }
            if (HAVE.contains(t.lower())) {
                return true; // "has been rocked by mass protests since ...", "have arrested 300 people since ..."
            }
        }
        return false;
    }

    /**
     * The index of "since" (or "following") right before a date that modifies a noun and starts at
     * token {@code first} ("since an Aug. 9 election", "since the 2021 coup", "following the May 9
     * vote", "since the disputed 2009 election"), or -1.
     */
    static int sinceBeforeModifier(int first, List<Token> tokens) {
        for (int k = first - 1; k >= Math.max(0, first - 1 - SINCE_REACH); k--) {
            if (tokens.get(k).lower().equals("since") || tokens.get(k).lower().equals("following")) {
                return k;
            }
            boolean adjective = k == first - 1 && k >= 1 && DateModifiers.participle(tokens.get(k))
                    && DateClauses.DETERMINERS.contains(tokens.get(k - 1).lower()); // "since the disputed 2009 election"
            if (!adjective && !DateClauses.DETERMINERS.contains(tokens.get(k).lower())) {
                return -1;
            }
        }
        return -1;
    }
}
