package org.attest.dates;

import java.util.List;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * The month an undated report is written in when it looks ahead to a day later than every year
 * it tells ("will not vote in the election on June 18, 2021" beside "in the 2017 election"): a
 * report names the day of a coming vote in the weeks before it, so its news without a date of
 * its own ("on Sunday", "crowds chanted") is of that day's month, while the years it tells are
 * history and date nothing else.
 */
final class AheadDays {
    private AheadDays() {
    }

    /** The length of a month's value, "2021-06". */
    private static final int MONTH_CHARS = 7;

    /**
     * The month ({@code yyyy-MM}) of the latest day the report puts ahead of itself, when that
     * day's year is later than {@code statedYear} (or the report states none); else null.
     */
    static String month(List<DateMention> usable, String statedYear) {
        String latest = null;
        for (DateMention m : usable) {
            if (m.rule().endsWith(DateStage.AHEAD) && m.precision() == DatePrecision.DAY && !m.relative()
                    && (latest == null || m.value().compareTo(latest) > 0)) {
                latest = m.value();
            }
        }
        if (latest == null || statedYear != null && latest.substring(0, 4).compareTo(statedYear) <= 0) {
            return null;
        }
        return latest.substring(0, MONTH_CHARS);
    }
}
