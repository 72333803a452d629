package org.attest.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * Dates of one sentence that stand for the same time as another: a year or week that contains a
 * finer date ("in 2020, ... between January and April"; "last week ... last Wednesday"), and a
 * relative date glossed by the date after it ("two days later, on January 4"). The coarser or
 * relative one tells of no event of its own. Static helpers of {@link DatePass}.
 */
final class DateFrames {
    private DateFrames() {}

    /** Days in a week-precision date, counted from its Monday. */
    private static final int WEEK_DAYS = 7;
    private static final int WEEKEND_DAYS = 2;

    /**
     * True when date {@code outer} contains date {@code inner} and is coarser: "2020" contains
     * "2020-01", the week of Monday "2022-11-14" contains "2022-11-16".
     */
    static boolean frames(String outer, DatePrecision outerPrecision, String inner, DatePrecision innerPrecision) {
        if (outer == null || inner == null) {
            return false;
        }
        if (outerPrecision == DatePrecision.WEEK) {
            if (innerPrecision != DatePrecision.DAY) {
                return false;
            }
            try {
                LocalDate monday = LocalDate.parse(outer);
                LocalDate day = LocalDate.parse(inner);
                // a weekend is written as its Saturday ("over the weekend") and holds two days
                int days = monday.getDayOfWeek() == DayOfWeek.SATURDAY ? WEEKEND_DAYS : WEEK_DAYS;
                return !day.isBefore(monday) && day.isBefore(monday.plusDays(days));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return innerPrecision != DatePrecision.WEEK && inner.length() > outer.length() && inner.startsWith(outer);
    }

    /**
     * A hit's own dates less those that contain another of them ("has increased its use of the
     * death penalty in 2020, executing at least 92 people between January and April"): the year
     * frames the months and tells of no event of its own.
     */
    static List<DateMention> withoutFrames(List<DateMention> mine) {
        if (mine.size() < 2) {
            return mine;
        }
        List<DateMention> kept = new ArrayList<>(mine.size());
        for (DateMention d : mine) {
            boolean frame = false;
            for (DateMention o : mine) {
                frame |= frames(d.value(), d.precision(), o.value(), o.precision());
            }
            if (!frame) {
                kept.add(d);
            }
        }
        return kept;
    }

    /** Last words of a date counted from another one ("two days later"). */
    private static final Set<String> RELATIVE_ENDS = HashLookup.setOf("later", "earlier", "after", "before");

    /** Words that may stand between a relative date and the date that glosses it ("later, on January 4"). */
    private static final Set<String> GLOSS_JOINS = HashLookup.setOf("on", ",", "in", "(");

    /**
     * A hit's own dates less a relative one right before the date that spells it out ("were
     * arrested two days later on January 04"): the date written out is the one to keep.
     */
    static List<DateMention> withoutGlossedRelatives(List<DateMention> mine, List<Token> tokens) {
        if (mine.size() < 2) {
            return mine;
        }
        List<DateMention> kept = new ArrayList<>(mine.size());
        for (int i = 0; i < mine.size(); i++) {
            DateMention d = mine.get(i);
            if (i + 1 < mine.size() && glossedBy(d, mine.get(i + 1), tokens)) {
                continue;
            }
            kept.add(d);
        }
        return kept;
    }

    private static boolean glossedBy(DateMention relative, DateMention next, List<Token> tokens) {
        int last = DatePass.tokenAt(tokens, relative.span().end() - 1);
        int first = DatePass.tokenAt(tokens, next.span().start());
        if (last < 0 || first < 0 || !RELATIVE_ENDS.contains(tokens.get(last).lower())) {
            return false;
        }
        for (int k = last + 1; k < first; k++) {
            if (!GLOSS_JOINS.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return first - last <= 3;
    }

    /**
     * The dated hits of a sentence less a noun whose date contains the date of another event of
     * its type there ("executed 110 people in August, the highest number of executions in 2024"):
     * the noun sums up a period, the finer event is the news. A week or weekend that holds the day
     * of another event of its type is dropped whatever its word.
     */
    static List<DatePass.Dated> withoutFramingNouns(List<DatePass.Dated> out) {
        if (out.size() < 2) {
            return out;
        }
        List<DatePass.Dated> kept = new ArrayList<>(out.size());
        for (DatePass.Dated d : out) {
            boolean frame = false;
            // a week or weekend that holds another event's day of the type tells the same events
            // ("clashes over the weekend ... demonstrators on Sunday"), whatever word reports them
            if (d.hit().trigger().form() == Trigger.Form.NOUN || d.precision() == DatePrecision.WEEK) {
                for (DatePass.Dated o : out) {
                    frame |= o != d && o.hit().type().equals(d.hit().type())
                            && frames(d.date(), d.precision(), o.date(), o.precision());
                }
            }
            if (!frame) {
                kept.add(d);
            }
        }
        return kept;
    }
}
