package org.attest.events;

import java.util.List;
import org.attest.model.DateMention;

/**
 * Dates of a sentence that belong to given hits only, by the stretch of days they measure: a
 * count of days before a noun ({@link DaysBeforeNouns}: "a day before the rallies") and the start
 * of a stretch an act lies in ({@link StartedStretches}: "killed during unrest that began on 15
 * November"). A static helper of {@link DatePass#plan}.
 */
final class StretchDates {
    private StretchDates() {}

    /**
     * True when date {@code d}, on tokens {@code first} to {@code last} (-1: none), is of this kind;
     * it is then added to the hits it dates in {@code attached}, and to no other.
     */
    static boolean claimed(DateMention d, int first, int last, List<Hit> hits, List<Token> tokens,
                           List<List<DateMention>> attached) {
        if (DaysBeforeNouns.countsToNoun(d)) {
            int noun = first < 0 ? -1 : DaysBeforeNouns.nounAfter(last, hits, tokens);
            if (noun >= 0) {
                attached.get(noun).add(d); // "on 2 March, a day before the rallies": the rallies' day alone
            }
            return true; // "detained him a day before he was due to speak": no hit's day
        }
        List<Integer> inStretch = first < 0 ? List.of() : StartedStretches.datedBy(first, hits, tokens);
        inStretch.forEach(j -> attached.get(j).add(d));
        return !inStretch.isEmpty();
    }
}
