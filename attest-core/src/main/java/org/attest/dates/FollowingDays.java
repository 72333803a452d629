package org.attest.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * A day written without its year right after a day of another year, and that falls within a
 * fortnight after it in that year, goes on with that story: "The protests erupted on Nov. 15,
 * 2019 ... Within two days they had spread, and on Nov. 16 the authorities shut down the internet"
 * tells the 16th of 2019, not of the year of writing. Only within one paragraph and with at most
 * one sentence between, where the text still tells the same days. Static helper of {@link DateStage}.
 */
final class FollowingDays {
    private FollowingDays() {}

    /** The rule suffix of a day moved into the year of the day told just before it. */
    static final String TOLD_YEAR = "+following-told-day";

    /** Days after the told day that a year-less day may lie and still continue its story. */
    private static final int REACH_DAYS = 14;

    /** Sentence ends that may stand between the told day and the year-less one. */
    private static final int SENTENCES_BETWEEN = 1;

    /**
     * {@code m} (a year-less day) moved into the year of {@code toldDay} when it lies within
     * {@link #REACH_DAYS} after that day there and the text between is short; else unchanged.
     */
    static DateMention inYearOfToldDay(String text, DateMention m, DateMention toldDay) {
        if (toldDay == null || m.value() == null || m.precision() != DatePrecision.DAY
                || toldDay.precision() != DatePrecision.DAY || m.value().regionMatches(0, toldDay.value(), 0, 4)
                || !closeBehind(text, toldDay.span().end(), m.span().start())) {
            return m;
        }
        LocalDate told = LocalDate.parse(toldDay.value());
        LocalDate mine = LocalDate.parse(m.value());
        LocalDate moved;
        try {
            moved = mine.withYear(told.getYear());
        } catch (DateTimeException e) {
            return m;
        }
        if (moved.getDayOfMonth() != mine.getDayOfMonth()) {
            return m; // 29 February in a year without it
        }
        long days = ChronoUnit.DAYS.between(told, moved);
        if (days < 0 || days > REACH_DAYS) {
            return m;
        }
        return new DateMention(m.text(), m.span(), moved.toString(), DatePrecision.DAY, true, m.rule() + TOLD_YEAR);
    }

    /** True when no line break and at most {@link #SENTENCES_BETWEEN} sentence ends stand in {@code [from, to)}. */
    private static boolean closeBehind(String text, int from, int to) {
        if (to < from) {
            return false;
        }
        int ends = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch == '\n') {
                return false;
            }
            if ((ch == '.' || ch == '!' || ch == '?') && i + 1 < to && text.charAt(i + 1) == ' '
                    && i + 2 < to && Character.isUpperCase(text.charAt(i + 2)) && ++ends > SENTENCES_BETWEEN) {
                return false;
            }
        }
        return true;
    }
}
