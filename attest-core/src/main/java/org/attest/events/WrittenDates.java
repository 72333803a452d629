package org.attest.events;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A full date written inside a noun phrase before a trigger: "the anniversary of the September 30,
 * 2022 killings", "commemorations of the 2 March 2021 shootings". The guards read such a date as one
 * word, and its comma as no clause break, so that a guard before the date still reaches the noun
 * after it, as it reaches "the 2022 killings". Only a month name with a day and a year, or with a
 * year alone, counts; "on Monday" or a bare number is left to the guards' own counting.
 */
final class WrittenDates {
    /** Month names, lower case, from {@code word-sets.tsv}. */
    private static final Set<String> MONTHS = WordSets.named("month-names");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
    private static final Pattern DAY = Pattern.compile("[0-3]?\\d");

    private WrittenDates() {}

    /**
     * The index of the first token of a written date whose year stands at {@code i} ("September 30,
     * 2022", "30 September 2022", "September 2022"), or -1 when no such date ends there.
     */
    static int startOfDateEndingAt(List<Token> tokens, int i) {
        // a year opens with a digit, whose initial code is "other": a word's is read from the token,
        // without its lexeme or the pattern
        if (i < 1 || tokens.get(i).initial() != Lexeme.OTHER_INITIAL || !YEAR.matcher(tokens.get(i).lower()).matches()) {
            return -1;
        }
        int k = i - 1;
        if (tokens.get(k).lower().equals(",")) {
            k--;
        }
        if (k < 0) {
            return -1;
        }
        String w = tokens.get(k).lower();
        if (DAY.matcher(w).matches() && k >= 1 && MONTHS.contains(tokens.get(k - 1).lower())) {
            return k - 1; // "September 30, 2022"
        }
        if (MONTHS.contains(w) && k + 1 == i) {
            return k >= 1 && DAY.matcher(tokens.get(k - 1).lower()).matches() ? k - 1 : k; // "30 September 2022", "September 2022"
        }
        return -1;
    }
}
