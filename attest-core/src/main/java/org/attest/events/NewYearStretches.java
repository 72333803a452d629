package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * The end of one year and the start of the next, joined by "and" ("in late 2022 and early 2023")
 * name one stretch across the new year, not two times: reports and the gold date what happened
 * in it by its start, even when a plural noun tells of it ("protests in late 2022 and early
 * 2023"). Static helper of {@link PairedDayDates}.
 */
final class NewYearStretches {
    /** Words that put a year's mention at its end ("late 2022") or its start ("early 2023"). */
    private static final Set<String> ENDS = WordSets.named("year-end-words");
    private static final Set<String> STARTS = WordSets.named("year-start-words");

    private NewYearStretches() {}

    /**
     * True when {@code d} is a year's start right after {@code previous}, the year before's end,
     * "and" between ("late 2022 and early 2023").
     *
     * @param previousLast the last token of {@code previous}, or -1
     * @param first        the first token of {@code d}, or -1
     */
    static boolean across(DateMention d, DateMention previous, int previousLast, int first, List<Token> tokens) {
        if (previous == null || first < 0 || previousLast < 0 || previous.value() == null || d.value() == null
                || previous.precision() != DatePrecision.YEAR || d.precision() != DatePrecision.YEAR
                || previousLast + 1 >= tokens.size() || !tokens.get(previousLast + 1).lower().equals("and")) {
            return false;
        }
        int start = previousLast + 2; // "early" inside the later mention or right before it
        boolean later = start <= first && first <= start + 1 && STARTS.contains(tokens.get(start).lower());
        return later && endOfYear(previous, previousLast, tokens) && yearOf(d) == yearOf(previous) + 1;
    }

    /** True when an end word opens the mention ending at {@code last} or stands right before it. */
    private static boolean endOfYear(DateMention previous, int last, List<Token> tokens) {
        for (int k = last - 1; k >= 0 && k >= last - 2; k--) {
            if (tokens.get(k).word() && ENDS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static int yearOf(DateMention d) {
        String v = d.value();
        return v.length() >= 4 && v.chars().limit(4).allMatch(Character::isDigit) ? Integer.parseInt(v.substring(0, 4)) : -10;
    }
}
