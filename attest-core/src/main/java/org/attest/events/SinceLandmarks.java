package org.attest.events;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A protest named with its year as the landmark a comparison runs from: "turnout was the lowest
 * since the 1979 revolution", "the largest crowd since the 2011 uprising". The year-modified noun
 * after "since the" marks a point in time that measures another fact; the report tells no protest
 * there. Only this shape is read: "since the protests of July 2021" and "since the marches began on
 * 3 May" name their protest with a date of its own or a clause, and coders count those; so does a
 * state that has lasted since it ("the square has stayed closed since the 2015 demos"): only a
 * superlative before "since" makes the comparison.
 */
final class SinceLandmarks {
    private SinceLandmarks() {}

    /** Words looked at before "since" for the superlative, in the same clause. */
    private static final int WINDOW = 6;
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");

    /** True when a protest hit stands right after "since the YEAR" closing a superlative's comparison. */
    static boolean landmark(List<Token> tokens, Hit h) {
        int i = h.first();
        if (!Strikes.protestOrStrike(h) || i < 3) {
            return false;
        }
        // the word tests first: most protest hits have no "since the" before them, and the year's
        // pattern costs a matcher each time
        return tokens.get(i - 3).lower().equals("since") && tokens.get(i - 2).lower().equals("the")
                && YEAR.matcher(tokens.get(i - 1).lower()).matches() && RankWords.before(i - 3, tokens, WINDOW);
    }
}
