package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A toll in the present perfect summed up over years: "the unrest has killed thousands of people
 * since 2016", "the rebellion, which broke out in 2011, has killed 30,000", "at least 40
 * organisers have been killed so far this year", "authorities have arrested 2,000 people since 2019".
 * The perfect with a stretch of years is the background of the story, a record of many acts none of
 * which the sentence tells; the figure is the quantities stage's. The stretch must be in years ("since"
 * and a bare year, "this year"), or the subject a conflict itself ({@code conflict-nouns}: the war,
 * the insurgency, the violence) with a year in the sentence: "security forces have killed 16 people
 * since Friday" stays the week's news. Only killings: a spell in prison since a year is still its arrest.
 */
final class YearTolls {
    private YearTolls() {}

    /** Types whose perfect can sum up a stretch: killings ("has been behind bars since 2021" is still an arrest). */
    private static final Set<String> TYPES = WordSets.named("year-toll-types");
    /** Nouns of a conflict as a whole, whose toll is a record: "violence", "insurgency", "war". */
    private static final Set<String> CONFLICTS = WordSets.named("conflict-nouns");
    /** Tokens searched back past a subject's aside for its noun: "the rebellion, which broke out in 2011,". */
    private static final int ASIDE_REACH = 12;

    /** True when hit {@code h} is a verb in the present perfect that sums up a stretch of years. */
    static boolean summedUp(List<Token> tokens, Hit h) {
        if (h.trigger().form() != Trigger.Form.ACT || !TYPES.contains(h.type())) {
            return false;
        }
        int aux = auxiliary(tokens, h.first());
        if (aux < 0) {
            return false;
        }
        if (tokens.stream().anyMatch(t -> t.lower().equals("including"))) {
            return false; // "has killed 900 since 2016, including 40 in May 2023": the dated part is told (IncludedDays)
        }
        return yearStretch(tokens) || conflictSubject(tokens, aux) && anyYear(tokens);
    }

    /** The index of "has" or "have" before the verb (over "been" and one adverb), or -1. */
    private static int auxiliary(List<Token> tokens, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 3; k--) {
            String w = tokens.get(k).lower();
            if (w.equals("has") || w.equals("have")) {
                return k;
            }
            if (!tokens.get(k).word() || tokens.get(k).capitalised()) {
                return -1;
            }
        }
        return -1;
    }

    /** True for "since" and a bare year, or "this year": a stretch counted in years. */
    private static boolean yearStretch(List<Token> tokens) {
        for (int k = 0; k + 1 < tokens.size(); k++) {
            String w = tokens.get(k).lower();
            if (w.equals("since") && ToldSettings.year(tokens.get(k + 1)) || w.equals("this") && tokens.get(k + 1).lower().equals("year")) {
                return true;
            }
        }
        return false;
    }

    /** True when the subject before the auxiliary is a conflict noun, over an aside set off by commas. */
    private static boolean conflictSubject(List<Token> tokens, int aux) {
        int k = aux - 1;
        if (k >= 0 && tokens.get(k).surface().equals(",")) {
            int j = k - 1;
            while (j >= 0 && j >= k - ASIDE_REACH && !tokens.get(j).surface().equals(",")) {
                j--;
            }
            k = j - 1;
        }
        return k >= 0 && CONFLICTS.contains(tokens.get(k).lower());
    }

    private static boolean anyYear(List<Token> tokens) {
        return tokens.stream().anyMatch(ToldSettings::year);
    }
}
