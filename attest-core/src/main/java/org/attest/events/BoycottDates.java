package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * The date of a boycotted vote is the boycott's: "the party, which boycotted the January election,
 * ..." tells of a boycott at that vote, not on the day of the report. The vote's modifier date
 * otherwise dates the vote's noun alone ({@link DateModifiers}). A call for a boycott of a vote to
 * come ("called for a boycott of the 2025 election") is made before the vote: it keeps its own date.
 */
final class BoycottDates {
    /** The verb forms that boycott a vote rather than call for a boycott of it. */
    private static final Set<String> BOYCOTTING = HashLookup.setOf("boycotted", "boycotting");
    /** Words that may stand between the boycott and the date of its object: "boycotted the", "boycotting their". */
    private static final Set<String> BETWEEN = HashLookup.setOf("the", "a", "an", "this", "that", "last", "its",
            "their", "his", "her");
    /** At most this many such words: "boycotted the 2021 polls". */
    private static final int REACH = 2;

    private BoycottDates() {}

    /**
     * The index of the boycott hit ("boycotted", "boycotting") whose object opens with the date
     * starting at token {@code dateFirst}, or -1 when no boycott stands right before it.
     *
     * @param dateFirst index of the date's first token in {@code tokens}
     * @param hits      the sentence's surviving hits
     * @param tokens    the sentence's tokens
     */
    static int boycottOf(int dateFirst, List<Hit> hits, List<Token> tokens) {
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.type().equals("boycott_call") && BOYCOTTING.contains(tokens.get(h.last()).lower()) && h.last() < dateFirst && dateFirst - h.last() - 1 <= REACH
                    && onlyLinks(tokens, h.last() + 1, dateFirst)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean onlyLinks(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!BETWEEN.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
}
