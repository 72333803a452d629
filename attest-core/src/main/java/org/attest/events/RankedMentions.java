package org.attest.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A told event ranked against others: "It was the sixth public execution since the group took
 * power", "the ministry said it was the ninth such attack since June", "it is the deadliest
 * airstrike in the region this year", "it was the first time a city had endorsed a boycott". The
 * pronoun points back to what the report has just told; the clause measures that event against a
 * record, so the noun after the rank word names no new event. Only hits after the rank, in its
 * clause, are dropped: "Police arrested 40 people; it was the largest ..." keeps the arrest.
 *
 * <p>The same rank told of a person by a participle after the noun (r181): "Kestrel is at least the
 * 12th person executed in connection with the riots", "he was the third journalist detained this
 * month". Whoever the subject is, the clause counts the person's place in a series whose act the
 * report tells on its own; only an ordinal from "second" on counts here ({@code ranked-participle-ordinals}
 * and written ordinals), since "the first woman elected" or "the youngest person executed" is often the
 * one telling of the act.
 */
final class RankedMentions {
    /** Pronouns that point back to what was just told: "it", "this", "that". */
    private static final Set<String> POINTERS = WordSets.named("ranked-pointers");
    /** Forms of "to be" between the pronoun and the rank: "was", "is", "'s". */
    private static final Set<String> BE = WordSets.named("ranked-be");
    /** Words besides {@link RankWords}' that rank a told event in its series: "sixth", "latest". */
    private static final Set<String> EXTRA = WordSets.named("ranked-extra");
    /** A written ordinal: "12th", "21st". */
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");

    /** Ordinals that rank a person's act in a series by a participle: "the third protester killed". */
    private static final Set<String> PARTICIPLE_ORDINALS = WordSets.named("ranked-participle-ordinals");
    /** Words between the form of "to be" and "the": "is at least the 12th". */
    private static final Set<String> HEDGES = WordSets.named("ranked-participle-hedges");

    private RankedMentions() {}

    /** True when "it/this/that", a form of "to be", "the" and a rank word stand before the hit in its clause. */
    static boolean ranked(List<Token> tokens, Hit h) {
        if (h.trigger().form() == Trigger.Form.SPEECH) {
            return false; // "said it was the ninth ...": the saying comes before the rank
        }
        if (rankedParticiple(tokens, h)) {
            return true;
        }
        for (int k = h.first() - 1; k >= 3; k--) {
            Token t = tokens.get(k);
            if (t.clauseBreak()) {
                return false;
            }
            // the words before the rank first: most words have no "the" before them, and the rank
            // test runs a pattern
            if (t.word() && is(tokens, k - 1, "the") && word(tokens, k - 2, BE)
                    && word(tokens, k - 3, POINTERS) && isRank(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for "is (at least) the 12th person executed": the hit one participle, one word before it,
     * an ordinal from "second" on, "the", hedge words, then a form of "to be".
     */
    private static boolean rankedParticiple(List<Token> tokens, Hit h) {
        int p = h.first();
        if (h.last() != p || p < 4 || !tokens.get(p).lower().endsWith("ed") || !tokens.get(p - 1).word()) {
            return false;
        }
        String rank = tokens.get(p - 2).lower();
        if (!PARTICIPLE_ORDINALS.contains(rank) && !(ORDINAL.matcher(rank).matches() && !rank.equals("1st"))
                || !is(tokens, p - 3, "the")) {
            return false;
        }
        int k = p - 4;
        while (k >= 0 && tokens.get(k).word() && HEDGES.contains(tokens.get(k).lower())) {
            k--;
        }
        return word(tokens, k, BE);
    }

    private static boolean isRank(String w) {
        return RankWords.rank(w) || EXTRA.contains(w) || ORDINAL.matcher(w).matches();
    }

    private static boolean is(List<Token> tokens, int k, String w) {
        return k >= 0 && tokens.get(k).word() && tokens.get(k).lower().equals(w);
    }

    private static boolean word(List<Token> tokens, int k, Set<String> set) {
        return k >= 0 && set.contains(tokens.get(k).lower());
    }
}
