package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.attest.dates.IsoDates;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * Keeps the days a call names from dating the call: in "the group urged the agency, whose
 * conference opens on 27 May, to raise the arrests" or "called on the mission, established on 24
 * November, to ..." the days belong to what the call is made to or asks for, and the call is of the
 * day the report gives it elsewhere. A day right after the verb ("urged on Monday") is the call's
 * own ({@link DatedSpeech}). A day after a call for a strike ("called for a general strike on
 * Saturday") is the day called for: the call was made on the day the text gives it elsewhere (the
 * paragraph's or the lead's day), and takes the day called for only when the text gives none
 * ({@link #dayCalledFor}).
 */
final class CallDates {
    private CallDates() {}

    /** True when hit {@code h} is an undated calling verb ("called on", "urged") and token {@code first} stands after it. */
    static boolean objectsDay(List<Token> tokens, Hit h, int first) {
        return first > h.last() && calls(tokens, h);
    }

    /** The dates of {@code dates} that do not stand after hit {@code h} when it is an undated call; all of them otherwise. */
    static List<DateMention> beforeCall(List<DateMention> dates, Hit h, List<Token> tokens) {
        if (dates.isEmpty() || !calls(tokens, h)) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            if (d.span().start() < tokens.get(h.last()).end()) {
                out.add(d);
            }
        }
        return out;
    }

    /** Words of a call's trigger that name a strike or shutdown ("called for ... strike"): what a day after it is the day of. */
    private static final Set<String> STRIKE_WORDS = WordSets.named("strike-call-words");
    /** Tokens that may stand between a call's trigger and the day it calls for: "a strike across the province on Friday". */
    private static final int CALLED_DAY_REACH = 6;

    /**
     * True when the date whose first token is {@code first} is the day a call for a strike names
     * ("called for a shutter-down strike across the province on Saturday", "urged workers to join
     * a general strike from Monday"): hit {@code h} is a {@code boycott_call} told by an act of
     * calling that ends in a strike word ("called for ... strike", "urged ... general strike"), and
     * the date follows it within its clause.
     */
    static boolean dayCalledFor(List<Token> tokens, Hit h, int first) {
        if (first <= h.last() || first - h.last() - 1 > CALLED_DAY_REACH || !h.type().equals("boycott_call")
                || h.trigger().form() != Trigger.Form.ACT || !PressingSpeech.callingWord(tokens.get(h.first()))
                || !STRIKE_WORDS.contains(tokens.get(h.last()).lower())) {
            // not "called for a boycott of the 1 May parade": that day names what is boycotted
            return false;
        }
        for (int k = h.last() + 1; k < first; k++) {
            String w = tokens.get(k).surface();
            if (w.equals(",") || w.equals(";")) {
                return false; // "called for a strike, which began on Monday, ...": another clause's day
            }
        }
        return true;
    }

    /**
     * The day the call was made, for call {@code h} whose date {@code d} is the day it calls for
     * ({@link #dayCalledFor}): the day the paragraph or the report's lead gives ({@code context}, asked only then),
     * when that is a day before the one called for ("Police detained seven activists on Tuesday
     * night. ... The committee called for a strike on Saturday": called on Tuesday). Null when the
     * context gives no such day (also for a call in the present perfect, "has called for a strike on
     * Saturday", whose context is the day of writing): the call then keeps the day called for, as an
     * announced strike does ({@link AnnouncedStrikes}).
     */
    static DatePass.Choice dayMade(Hit h, DateMention d, List<Token> tokens, Supplier<DatePass.Choice> context) {
        int first = d.value() == null ? -1 : DatePass.tokenAt(tokens, d.span().start());
        if (first >= 0 && BoycottObjects.objectsDay(tokens, h, first)) {
            // "urged voters to boycott the elections due in January": the vote's month, not the call's
            DatePass.Choice c = context.get();
            return !BoycottObjects.beforeCall(d, c) ? null
                    : new DatePass.Choice(c.date(), c.precision(), c.rule() + "+call-object");
        }
        if (first < 0 || !dayCalledFor(tokens, h, first)) {
            return null; // the cheap test first: the context is asked only of a call's day
        }
        DatePass.Choice c = context.get();
        if (c.date() == null || c.precision() != DatePrecision.DAY
                || !(c.rule().startsWith("paragraph") || c.rule().startsWith("lead"))
                || IsoDates.compareAtSharedPrecision(c.date(), d.value()) >= 0) {
            return null;
        }
        return new DatePass.Choice(c.date(), c.precision(), c.rule() + "+call-made");
    }

    /**
     * The dates of call {@code h} less the days it calls for, when another of them remains: "called
     * on Monday for a general strike on Saturday" was called on Monday. Other hits' dates unchanged.
     */
    static List<DateMention> withoutDaysCalledFor(Hit h, List<DateMention> dates, List<Token> tokens) {
        if (dates.size() < 2 || !h.type().equals("boycott_call")) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            int first = DatePass.tokenAt(tokens, d.span().start());
            if (first < 0 || !dayCalledFor(tokens, h, first)) {
                out.add(d);
            }
        }
        return out.isEmpty() ? dates : out;
    }

    /**
     * Tokens that may stand between a call's verb and the hit that names what it calls for: "called
     * on Sunday for a \"dead city\" day on Tuesday, asking residents to stay at home".
     */
    private static final int CALL_REACH = 20;
    /** Calling verbs whose own day a date beside them is: "called on Sunday for", "dockers on Monday urged drivers to back ..." (date201). */
    private static final Set<String> CALLERS_DAY_VERBS = WordSets.named("call-day-verbs");
    /** Parts of a day that may follow the call's day before "for": "called on Wednesday evening for". */
    private static final Set<String> DAY_PARTS = WordSets.named("call-day-parts");

    /**
     * The day of the call itself told next to its verb, for a {@code boycott_call} hit {@code h}
     * that a calling verb before it opens: "called on Sunday for a stay-away on Tuesday", "called
     * on Wednesday evening for a strike next Wednesday", "meetings on Sunday called for a general
     * strike", "dockers on Monday urged drivers to back a stoppage". The call was made that day,
     * whatever day it calls for; null when no date of
     * {@code dates} stands right after the verb (before "for", "a" or "an") or right before it.
     */
    static DateMention callersDay(Hit h, List<DateMention> dates, List<Token> tokens) {
        if (!h.type().equals("boycott_call") || dates.isEmpty()) {
            return null;
        }
        for (int c = h.first(); c >= 0 && c >= h.first() - CALL_REACH; c--) {
            Token t = tokens.get(c);
            if (!t.word() && c < h.first() && (t.surface().equals(";") || t.surface().equals("."))) {
                return null;
            }
            if (!PressingSpeech.callingWord(t) || !CALLERS_DAY_VERBS.contains(t.lower())) {
                continue;
            }
            for (DateMention d : dates) {
                int first = DatePass.tokenAt(tokens, d.span().start());
                int last = DatePass.tokenAt(tokens, d.span().end() - 1);
                if (d.value() == null || first < 0 || last < 0) {
                    continue;
                }
                if (first == c + 1 || first == c + 2 && tokens.get(c + 1).lower().equals("on")) {
                    int after = last + 1;
                    while (after < tokens.size() && DAY_PARTS.contains(tokens.get(after).lower())) {
                        after++;
                    }
                    if (after <= h.last() && after < tokens.size()
                            && Set.of("for", "a", "an").contains(tokens.get(after).lower())) {
                        return d; // "called on Sunday for ...", "called on Monday a general strike"
                    }
                } else if (last == c - 1 && first > 0 && tokens.get(first - 1).lower().equals("on")
                        || last == c - 1 && first > 0 && tokens.get(first).lower().equals("on")) {
                    return d; // "student meetings on Sunday called for a general strike"
                }
            }
            return null;
        }
        return null;
    }

    private static boolean calls(List<Token> tokens, Hit h) {
        return PressingSpeech.callingVerb(tokens, h) && !DatedSpeech.dated(tokens, h);
    }
}
