package org.attest.dates;

import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * "Iranian authorities have arrested dozens of men ... to prevent commemorations of the September 30,
 * 2022 killings, the group said today. On that day, security forces opened fire ...": the day a speech
 * verb gives the report's own words ("said today", "said on Monday" written that Monday) dates the
 * saying, not the story, so a narrative phrase after it ("that day", "the following week") counts from
 * the date the text told before it. Only the publication day is passed over this way: a saying dated
 * before it may be the story's own time.
 */
final class ReportDays {
    private ReportDays() {}

    /** True when {@code m}, a resolved mention, is the publication day right after a speech verb. */
    static boolean saying(String text, DateMention m, String published) {
        return published != null && published.equals(m.value()) && m.precision() == DatePrecision.DAY
                && ToldWeekdays.spokenOn(text, m.span().start());
    }
}
