package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A vote is held on one occasion: a hit of a type a report speaks of once (an election) that the
 * sentence gives several dates of its own keeps only the date nearest to it. In "the mission today
 * presented its findings on the elections held on Saturday, 3 May" the elections are of Saturday,
 * and "today" is the day of the findings; in "the board warned on Monday that the election, due in
 * June next year, ..." Monday is the warning's. Other types keep one event per date ("protests in
 * April and again in May" are two). Static helper of {@link EventStage}.
 */
final class OccasionDates {
    private OccasionDates() {}

    /**
     * The dated hits less, for each hit of a one-occasion type dated more than once, all but the
     * date nearest to the hit's words; the order is kept.
     *
     * @param dated      a sentence's dated hits ({@link DatePass#assign})
     * @param oneOccasion true for the types a report speaks of once
     */
    static List<DatePass.Dated> nearestOnly(List<DatePass.Dated> dated, Predicate<String> oneOccasion) {
        if (dated.size() < 2) {
            return dated;
        }
        List<DatePass.Dated> kept = new ArrayList<>(dated.size());
        for (DatePass.Dated d : dated) {
            if (!oneOccasion.test(d.hit().type()) || nearestOfItsHit(d, dated)) {
                kept.add(d);
            }
        }
        return kept;
    }

    /** True unless another date of the same hit stands nearer to it (ties to the earlier date). */
    private static boolean nearestOfItsHit(DatePass.Dated d, List<DatePass.Dated> dated) {
        int mine = distance(d);
        for (DatePass.Dated o : dated) {
            if (o == d || o.hit() != d.hit()) {
                continue;
            }
            int theirs = distance(o);
            if (theirs < mine || theirs == mine && o.anchor().start() < d.anchor().start()) {
                return false;
            }
        }
        return true;
    }

    /** Characters between the hit's words and the date's (its anchor); 0 when they touch or overlap. */
    private static int distance(DatePass.Dated d) {
        Hit h = d.hit();
        int from = d.anchor().start();
        int to = d.anchor().end();
        if (to <= h.start()) {
            return h.start() - to;
        }
        return Math.max(0, from - h.end());
    }
}
