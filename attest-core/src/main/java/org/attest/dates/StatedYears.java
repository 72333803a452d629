package org.attest.dates;

import java.util.List;
import org.attest.model.DateMention;

/**
 * The year an undated report is about when nothing nearer dates a sentence: the latest year its
 * usable mentions state outright (step 10 of {@link DateResolver}). Static helper of {@link DateResolver}.
 */
final class StatedYears {
    private StatedYears() {
    }

    /** Words "since" may stand before a year and still open its stretch ("since independence in 1975"). */
    private static final int SINCE_WORDS = 4;

    /** The latest Gregorian year a usable, non-relative mention states, or null; none that "since" opens. */
    static String latest(List<DateMention> usable, String text) {
        String latest = null;
        for (DateMention m : usable) {
            // "has governed since independence in 1975": the start of a stretch, not the year of the report
            if (!m.relative() && m.value().length() >= 4 && !m.rule().endsWith(DateStage.AHEAD)
                    && !TextScan.sinceBefore(text, m.span().start(), SINCE_WORDS)) {
                String y = m.value().substring(0, 4);
                if (y.chars().allMatch(Character::isDigit) && (latest == null || y.compareTo(latest) > 0)) {
                    latest = y;
                }
            }
        }
        return latest;
    }
}
