package org.attest.dates;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * The week an undated report tells of, when its latest full date is written with its weekday
 * ("Shopkeepers closed their stores on Monday, June 25, 2018"): a writer who names the weekday
 * of a day sets the week of the news, and the report's bare weekdays ("The strike spread on
 * Tuesday", "the rial fell on Sunday") are days of that week, the nearest such day before or
 * after it. A latest full date written without its weekday may be history told beside the news
 * ("the uprising of December 28, 2017"), so its bare weekdays stay unresolved. Static helpers of
 * {@link DateStage}.
 */
final class StoryWeek {
    private StoryWeek() {}

    /** True when the anchor is a day of the text and some full date of that day is written with its weekday. */
    static boolean writtenWithWeekday(List<Candidate> candidates, Anchor anchor) {
        if (anchor.published() || !anchor.knowsDay()) {
            return false;
        }
        for (Candidate c : candidates) {
            DateExpr x = c.expr();
            if (x.kind() == DateExpr.Kind.GREGORIAN && x.weekday() != null && x.isFull()
                    && x.day() <= java.time.YearMonth.of(x.year(), x.month()).lengthOfMonth()
                    && LocalDate.of(x.year(), x.month(), x.day()).equals(anchor.date())
                    && anchor.date().getDayOfWeek() == x.weekday()) {
                return true;
            }
        }
        return false;
    }

    /** The weekday of {@code c} nearest to {@code day}, before or after it (three days at most either way). */
    static DateMention nearest(DateMention m, Candidate c, LocalDate day) {
        LocalDate after = day.with(TemporalAdjusters.nextOrSame(c.expr().weekday()));
        LocalDate before = day.with(TemporalAdjusters.previousOrSame(c.expr().weekday()));
        LocalDate near = after.toEpochDay() - day.toEpochDay() <= day.toEpochDay() - before.toEpochDay() ? after : before;
        return new DateMention(m.text(), m.span(), near.toString(), DatePrecision.DAY, true, c.rule() + "+story-week");
    }
}
