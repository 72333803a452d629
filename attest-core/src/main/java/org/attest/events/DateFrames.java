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

    /** Verbs of going on ("persisted", "continued"): a date after one tells how long the event lasted. */
    private static final Set<String> GOING_ON = WordSets.named("going-on");
    /** Words a going-on verb may stand before its date ("persisted into Monday", "continued until late Monday"). */
    private static final int GOING_ON_REACH = 3;

    /**
     * A hit's own dates less those after a verb of going on, when an earlier date is the hit's
     * too: "shut down internet access Saturday, an outage that persisted Monday" is one shutdown,
     * of Saturday; Monday says it still lasted.
     */
    static List<DateMention> withoutContinuations(List<DateMention> mine, List<Token> tokens) {
        if (mine.size() < 2) {
            return mine;
        }
        List<DateMention> kept = new ArrayList<>(mine.size());
        kept.add(mine.get(0));
        for (int i = 1; i < mine.size(); i++) {
            if (!afterGoingOn(DatePass.tokenAt(tokens, mine.get(i).span().start()), tokens)) {
                kept.add(mine.get(i));
            }
        }
        return kept;
    }

    /**
     * A hit's own dates less a later one that a verb of its own, joined by "and", stands before:
     * "survived an assassination attempt in 2017 and returned from exile this year" tells of one
     * attempt, of 2017; this year is the return's. ("arrested in March and sentenced in May"
     * leaves May to the sentencing hit; "in April ... and by May" keeps both.)
     */
    static List<DateMention> withoutLaterVerbs(List<DateMention> mine, List<Token> tokens) {
        if (mine.size() < 2) {
            return mine;
        }
        List<DateMention> kept = new ArrayList<>(mine.size());
        kept.add(mine.get(0));
        for (int i = 1; i < mine.size(); i++) {
            int from = DatePass.tokenAt(tokens, mine.get(i - 1).span().end() - 1);
            int to = DatePass.tokenAt(tokens, mine.get(i).span().start());
            if (from < 0 || to < 0 || !verbAfterAnd(from + 1, to, tokens)) {
                kept.add(mine.get(i));
            }
        }
        return kept;
    }

    /** True when "and" and a past verb after it ("and returned") stand among the tokens {@code from} to {@code to} (exclusive). */
    private static boolean verbAfterAnd(int from, int to, List<Token> tokens) {
        for (int k = from; k + 1 < to; k++) {
            String next = tokens.get(k + 1).lower();
            if (tokens.get(k).lower().equals("and") && tokens.get(k + 1).word() && next.length() > 4 && next.endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** True when a going-on verb stands at most {@value #GOING_ON_REACH} words before token {@code first}, in its clause. */
    private static boolean afterGoingOn(int first, List<Token> tokens) {
        for (int k = first - 1; k >= Math.max(0, first - GOING_ON_REACH); k--) {
            Token t = tokens.get(k);
            if (!t.word() || t.clauseBreak()) {
                return false;
            }
            if (GOING_ON.contains(t.lower())) {
                return true;
            }
        }
        return false;
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
