package org.attest.places;

import java.util.Set;

/**
 * Whether the line of a word is a headline in title case ("Police Detain Four Farmers In Trang"):
 * most common words of the line are capitalised. A list of names has capitals too, but its common
 * words ("the four are ...", "arrested") stay in lower case.
 *
 * <p>Answered per line on first question, then kept: {@link NameRuns} asks only about a town it
 * would otherwise reject, and looking every long word of each line up in the common words cost
 * more than the rest of its reading. One instance per document.
 */
final class TitleCaseLines {
    /** Share of a line's longer common words capitalised from which it is taken for a title-case headline. */
    private static final double TITLE_CASE_SHARE = 0.6;
    /** Words of that length or more count for the share ("in", "of", "the" stay lower case in title case). */
    private static final int LONG_WORD = 4;
    /** Longest of {@link #FUNCTION_WORDS}: longer words are not folded to be looked up. */
    private static final int FUNCTION_WORD_LENGTH = 7;
    /** Prepositions, articles and conjunctions that a sentence writes in lower case and title case capitalises. */
    private static final WordSet FUNCTION_WORDS = WordSet.of("in", "to", "of", "on", "at", "for", "and", "the",
            "a", "an", "by", "with", "from", "as", "after", "over", "amid", "into", "against");

    private final Tokens t;
    private final WordSet commonWords;
    /** First word of each word's line; made on the first question. */
    private int[] lineFirst;
    /** Answers by the line's first word: 0 not asked yet, 1 no, 2 yes. */
    private byte[] answer;

    TitleCaseLines(Tokens t, WordSet commonWords) {
        this.t = t;
        this.commonWords = commonWords;
    }

    /** True when word {@code w}'s line is in title case. */
    boolean at(int w) {
        if (lineFirst == null) {
            lines();
        }
        int first = lineFirst[w];
        if (answer[first] == 0) {
            answer[first] = titleCase(first) ? (byte) 2 : (byte) 1;
        }
        return answer[first] == 2;
    }

    private void lines() {
        lineFirst = new int[t.size];
        answer = new byte[t.size];
        int first = 0;
        for (int i = 0; i < t.size; i++) {
            if (i > 0 && newlineBetween(t.text, t.end[i - 1], t.start[i])) {
                first = i;
            }
            lineFirst[i] = first;
        }
    }

    private boolean titleCase(int first) {
        int words = 0;
        int capitals = 0;
        for (int k = first; k < t.size && lineFirst[k] == first; k++) {
            if (t.end[k] - t.start[k] >= LONG_WORD && commonWords.has(t, k)) {
                words++;
                capitals += t.capitalized(k) ? 1 : 0;
            }
        }
        return words >= 2 && capitals >= TITLE_CASE_SHARE * words || functionWordsCapitalised(first);
    }

    /**
     * True when the line's short function words after its first word are all capitalised, two at
     * least: "Rally In Gori Turns To Clashes" is a headline even when none of its longer words is
     * a common word this package knows, while a sentence writes "in" and "to" in lower case.
     */
    private boolean functionWordsCapitalised(int first) {
        int capitals = 0;
        for (int k = first + 1; k < t.size && lineFirst[k] == first; k++) {
            if (t.end[k] - t.start[k] <= FUNCTION_WORD_LENGTH && FUNCTION_WORDS.has(t, k)) {
                if (!t.capitalized(k)) {
                    return false;
                }
                capitals++;
            }
        }
        return capitals >= 2;
    }

    private static boolean newlineBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }
}
