package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A participle counted by a running total: "the hangings bring to at least 140 the number of people
 * executed since January", "the deaths brought the number of miners killed to 90". The phrase
 * tells a tally over a stretch, whose acts the report tells (or not) on their own; the act the
 * total was raised by is the event. Only "the number of" right before the participle (with at most
 * {@link #NOUN_REACH} nouns between) after a verb of raising ({@code tally-raising-verbs}) counts:
 * "the number of people arrested on Friday was 40" still tells Friday's arrests. The short form
 * with no noun, "the number" right before the participle ("that takes the number detained to
 * 300"), is the same total when "to" follows the participle: the figure it is raised to.
 */
final class RaisedTallies {
    private RaisedTallies() {}

    /** Verbs that raise a total: "bring", "brought", "raising", "took". */
    private static final Set<String> RAISING = WordSets.named("tally-raising-verbs");
    /** Words between "of" and the participle: "the number of young people executed". */
    private static final int NOUN_REACH = 3;
    /** Tokens searched back from "the number" for the verb: "bring to at least 140 the number". */
    private static final int VERB_REACH = 8;

    /** True when hit {@code h} is a participle of a total a verb of raising sets. */
    static boolean tallied(List<Token> tokens, Hit h) {
        if (h.first() != h.last() || !tokens.get(h.first()).lower().endsWith("ed")) {
            return false;
        }
        if (shortForm(tokens, h)) {
            return raisedBefore(tokens, h.first() - 2);
        }
        int of = -1;
        for (int k = h.first() - 1; k >= 0 && k >= h.first() - 1 - NOUN_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (t.lower().equals("of")) {
                of = k;
                break;
            }
        }
        if (of < 2 || !tokens.get(of - 1).lower().equals("number") || !tokens.get(of - 2).lower().equals("the")) {
            return false;
        }
        return raisedBefore(tokens, of - 2);
    }

    /** True for "the number killed to": "the number" right before the participle, "to" right after it. */
    private static boolean shortForm(List<Token> tokens, Hit h) {
        int k = h.first();
        return k >= 2 && k + 1 < tokens.size() && tokens.get(k - 1).lower().equals("number")
                && tokens.get(k - 2).lower().equals("the") && tokens.get(k + 1).lower().equals("to");
    }

    /** True when a verb of raising stands in the clause before "the" at {@code the}: "brings the number". */
    private static boolean raisedBefore(List<Token> tokens, int the) {
        for (int k = the - 1; k >= 0 && k >= the - VERB_REACH; k--) {
            Token t = tokens.get(k);
            if (t.clauseBreak()) {
                return false;
            }
            if (t.word() && RAISING.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
