package org.attest.dates;

import java.time.Year;
import java.util.List;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * A day and month told again without its year on a page that has no publication date: "the
 * massacre of 30 September 2022 ... the worshippers who marched on 30 September". The second
 * names the day already told in full, so it takes that day's year; otherwise the page's latest
 * year (the anchor of an undated page) would move the story's day to another year.
 */
final class RepeatedDays {
    /** The rule suffix of a mention this class dates. */
    static final String RULE = "+repeated-day";

    private RepeatedDays() {}

    /**
     * {@code m}, a year-less day, in the year of the last earlier mention of {@code told} with the
     * same month and day and a year stated in the text; {@code m} itself when there is none.
     */
    static DateMention inToldYear(DateMention m, List<DateMention> told) {
        if (m.value() == null || m.precision() != DatePrecision.DAY || m.value().length() != 10) {
            return m;
        }
        String monthDay = m.value().substring(4);
        for (int i = told.size() - 1; i >= 0; i--) {
            DateMention d = told.get(i);
            // a relative mention ("Friday") took its year from an anchor, not from the text
            if (d.value() != null && d.precision() == DatePrecision.DAY && !d.relative()
                    && d.value().length() == 10 && d.value().endsWith(monthDay)) {
                String value = d.value().substring(0, 4) + monthDay;
                if (value.endsWith("-02-29") && !Year.isLeap(Integer.parseInt(value.substring(0, 4)))) {
                    return m;
                }
                return value.equals(m.value()) ? m
                        : new DateMention(m.text(), m.span(), value, m.precision(), m.relative(), m.rule() + RULE);
            }
        }
        return m;
    }
}
