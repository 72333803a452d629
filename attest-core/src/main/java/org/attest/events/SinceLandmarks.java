package org.attest.events;

import java.util.List;
import java.util.Set;
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
    /** Superlatives that open a comparison with a landmark: "the lowest ... since". */
    private static final Set<String> SUPERLATIVES = Set.of("lowest", "highest", "largest", "biggest", "smallest",
            "worst", "best", "deadliest", "greatest", "longest", "heaviest", "steepest", "sharpest", "strongest",
            "weakest", "fewest", "least", "most", "first");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");

    /** True when a protest hit stands right after "since the YEAR" closing a superlative's comparison. */
    static boolean landmark(List<Token> tokens, Hit h) {
        int i = h.first();
        if (!h.type().equals("protest") || i < 3) {
            return false;
        }
        // the word tests first: most protest hits have no "since the" before them, and the year's
        // pattern costs a matcher each time
        return tokens.get(i - 3).lower().equals("since") && tokens.get(i - 2).lower().equals("the")
                && YEAR.matcher(tokens.get(i - 1).lower()).matches() && superlativeBefore(tokens, i - 3);
    }

    /** A superlative among the words before "since", with no punctuation between: "the lowest for a vote since". */
    private static boolean superlativeBefore(List<Token> tokens, int since) {
        for (int i = since - 1, words = 0; i >= 0 && words < WINDOW; i--, words++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                return false; // a comma or a dash ends the clause
            }
            if (SUPERLATIVES.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
