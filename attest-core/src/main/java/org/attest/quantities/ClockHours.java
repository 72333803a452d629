package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * "They came at six in the morning", "at 11 at night": a number of hours after "at" and before a
 * part of the day tells the hour of the clock, no count. Only "at" right before the number opens
 * it: "killed three in the morning raid" and "at least three in the morning" count people.
 */
final class ClockHours {
    /** Parts of the day after "in the" or "at" ({@code day-parts.txt}): morning, evening, night. */
    private static final Set<String> DAY_PARTS = Set.copyOf(LexiconReader.words("day-parts.txt"));
    /** The hours a clock face shows. */
    private static final int CLOCK_HOURS = 12;

    private ClockHours() {}

    /** True when the number {@code m} is an hour: "at" before it, "in the morning" or "at night" after it. */
    static boolean hour(List<Token> t, NumberMatch m) {
        int before = m.first() - 1;
        int after = m.last() + 1;
        if (before < 0 || !t.get(before).is("at") || m.value() < 1 || m.value() > CLOCK_HOURS
                || m.value() != Math.rint(m.value()) || after + 1 >= t.size()) {
            return false;
        }
        if (t.get(after).is("in") && after + 2 < t.size() && t.get(after + 1).is("the")) {
            return DAY_PARTS.contains(t.get(after + 2).lower());
        }
        return t.get(after).is("at") && DAY_PARTS.contains(t.get(after + 1).lower());
    }
}
