package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.attest.dates.IsoDates;
import org.attest.events.DatePass.Choice;
import org.attest.events.DatePass.Dated;
import org.attest.events.DatePass.Plan;
import org.attest.model.DateMention;
import org.attest.model.Span;

/**
 * Turns a sentence's date {@link DatePass.Plan} into dated hits: each hit takes the dates attached
 * to it, else a date it may share, else a weak date, else its fallback; a type keeps only one event
 * per date in a sentence. {@link DatePass} decides where the dates belong.
 */
final class DateAssignment {
    private static final String STATEMENT = "statement";

    private DateAssignment() {}

    /**
     * @param hits     the sentence's surviving hits, in text order, not empty
     * @param plan     where the sentence's dates belong ({@link DatePass#plan}, for these hits)
     * @param tokens   the sentence's tokens
     * @param guards   the date barriers
     * @param fallback the date of a hit the sentence does not date, by hit; never null (use
     *                 {@link DatePass.Choice#NONE})
     * @param onePerReport the types a report tells once (a vote)
     */
    static List<Dated> assign(List<Hit> hits, Plan plan, List<Token> tokens, Guards guards,
                              Function<Hit, Choice> fallback, Predicate<String> onePerReport) {
        List<Dated> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (plan.yardsticks().contains(i)) {
                continue;
            }
            DateMention callersDay = CallDates.callersDay(h, plan.all(), tokens);
            if (callersDay != null) {
                // "called on Sunday for a stay-away on Tuesday": the call is of Sunday
                add(out, new Dated(h, callersDay.value(), callersDay.precision(), h.span(), "sentence-call-day"), tokens);
                continue;
            }
            List<DateMention> mine = CallDates.withoutDaysCalledFor(h,
                    ReasonDates.withoutReasonDates(h, DaysBeforeNouns.own(UnresolvedDates.preferResolved(OwnDates.of(plan.attached().get(i), tokens))), tokens), tokens);
            DatePass.Choice made = mine.size() == 1 ? CallDates.dayMade(h, mine.get(0), tokens, () -> fallback.apply(h)) : null;
            if (made != null) {
                // "called for a strike on Saturday" after a paragraph of Tuesday: the call was made then
                add(out, new Dated(h, made.date(), made.precision(), h.span(), made.rule()), tokens);
                continue;
            }
            if (!mine.isEmpty()) {
                for (DateMention d : mine) {
                    Span anchor = mine.size() > 1 ? d.span() : h.span();
                    add(out, new Dated(h, d.value(), d.precision(), anchor, UnresolvedDates.rule(d, "sentence-attached")), tokens);
                }
                continue;
            }
            if (sameAsAnother(i, hits, plan, tokens) || verbOfDatedNoun(i, hits, plan, onePerReport)) {
                continue; // "executed two men on Saturday ..., in the latest hangings": one execution
            }
            Choice own = fallback.apply(h);
            DateMention shared = AfterClauses.nearestUnbarred(CallDates.beforeCall(DatedClosings.afterVerb(plan.sharable(i), h, tokens), h, tokens),
                    h, tokens, guards);
            List<DateMention> weak = DatedClosings.afterVerb(plan.weak(), h, tokens); // not the days a closing statement closes
            made = shared == null ? null : CallDates.dayMade(h, shared, tokens, () -> own);
            if (made != null) {
                add(out, new Dated(h, made.date(), made.precision(), h.span(), made.rule()), tokens);
            } else if (shared != null && !own.rule().startsWith("same-type")) {
                add(out, new Dated(h, shared.value(), shared.precision(), h.span(), UnresolvedDates.rule(shared, "sentence-nearest")), tokens);
            } else if (!plan.weak().isEmpty() && !own.rule().startsWith("same-type")
                    && ElectionResults.voteDay(h, nearest(plan.weak(), h.span()), tokens) != null) {
                // "has won ..., the board announced on Saturday": the closing statement's day, which
                // the vote came before, whatever the lead's day
                DateMention d = nearest(plan.weak(), h.span());
                add(out, new Dated(h, ElectionResults.voteDay(h, d, tokens), d.precision(), h.span(), "sentence-weak-result"), tokens);
            } else if (!weak.isEmpty() && !own.rule().startsWith("same-type") && !objectsDay(h, nearest(weak, h.span()), tokens, own)
                    && (!contextBeforeReport(own, nearest(weak, h.span())) || ownReport(h, nearest(weak, h.span()), tokens)
                        || ToldSinceSpeech.pastPerfectAfter(h, nearest(weak, h.span()).span(), tokens))) {
                // a statement's own day is the report's ("said in a statement on Wednesday announcing ..."),
                // whatever earlier day the lead gives the events it reports
                // "call for a boycott of the elections in June": with no other date, the clause's
                // date is the best the sentence offers
                DateMention d = nearest(weak, h.span());
                add(out, new Dated(h, d.value(), d.precision(), h.span(), UnresolvedDates.rule(d, "sentence-weak")), tokens);
            } else {
                add(out, new Dated(h, own.date(), own.precision(), h.span(), own.rule()), tokens);
            }
        }
        return DateFrames.withoutFramingNouns(out);
    }

    /**
     * True when hit {@code i}, a noun the sentence gives no date of its own, names an event another
     * hit of its type reports: a verb ("arrested dozens in a wave of arrests") or one the sentence
     * dates ("executed two men on Saturday, ... in the latest hangings": one execution). Verbs
     * are left alone: "were arrested on 12 March after crowds marched" tells of two events.
     */
    private static boolean sameAsAnother(int i, List<Hit> hits, Plan plan, List<Token> tokens) {
        Hit h = hits.get(i);
        if (h.trigger().form() != Trigger.Form.NOUN && !tokens.get(h.last()).lower().endsWith("ings")) {
            return false;
        }
        for (int j = 0; j < hits.size(); j++) {
            Hit o = hits.get(j);
            if (j != i && o.type().equals(h.type()) && !plan.yardsticks().contains(j)
                    && (o.trigger().form() == Trigger.Form.ACT || !plan.attached().get(j).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when hit {@code i}, a verb of a type a report tells once ({@code onePerReport}: a vote)
     * that the sentence gives no date of its own, stands in a sentence with a noun of its type that
     * the sentence dates: "voted in a special ballot on Saturday, with turnout of 67 percent" tells
     * one vote, on Saturday; "in the 2021 election, turnout was the lowest for a vote since 1979"
     * one, of 2021; neither a second one on the day the context gives.
     */
    private static boolean verbOfDatedNoun(int i, List<Hit> hits, Plan plan, Predicate<String> onePerReport) {
        Hit h = hits.get(i);
        if (h.trigger().form() != Trigger.Form.ACT || !onePerReport.test(h.type())) {
            return false;
        }
        for (int j = 0; j < hits.size(); j++) {
            Hit o = hits.get(j);
            if (j != i && o.type().equals(h.type()) && o.trigger().form() == Trigger.Form.NOUN
                    && !plan.yardsticks().contains(j) && !plan.attached().get(j).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the context (the paragraph or the report's lead) dates the hit on or before the
     * day of the report that the sentence dates, in the same month: "At least 13 people were
     * killed, Amnesty said on Friday" after a lead on Thursday's protests happened on Thursday.
     */
    private static boolean contextBeforeReport(Choice own, DateMention report) {
        String date = own.date();
        boolean context = own.rule().startsWith("paragraph") || own.rule().startsWith("lead");
        return context && date != null && date.length() >= 7 && report.value() != null && report.value().length() >= 7
                && date.regionMatches(0, report.value(), 0, 7) && IsoDates.compareAtSharedPrecision(date, report.value()) <= 0;
    }

    /**
     * Adds unless the sentence already has an event of that type and date, told in the same clause
     * ("two men were hanged in one prison, and a third was executed in another" tells two). A
     * strike and a protest of one date are one happening too, told as the protest: strikers who
     * block roads or gather at the gate ("blocked roads on Tuesday at the start of an indefinite
     * strike") make one protest event, as when a strike was typed a protest ({@link Strikes}).
     */
    private static void add(List<Dated> out, Dated d, List<Token> tokens) {
        for (int k = 0; k < out.size(); k++) {
            Dated o = out.get(k);
            if (!Objects.equals(o.date(), d.date()) || CoordinatedActs.separate(tokens, o.hit(), d.hit())) {
                continue;
            }
            boolean strikeBesideProtest = Strikes.strike(d.hit()) && o.hit().type().equals("protest")
                    || Strikes.strike(o.hit()) && d.hit().type().equals("protest");
            if (strikeBesideProtest && CoordinatedActs.clausesApart(tokens, o.hit(), d.hit())) {
                continue; // "traders went on strike, while in the north hundreds marched": two happenings
            }
            if (o.hit().type().equals(d.hit().type()) || Strikes.strike(d.hit()) && o.hit().type().equals("protest")) {
                return;
            }
            if (Strikes.strike(o.hit()) && d.hit().type().equals("protest")) {
                out.set(k, d);
                return;
            }
        }
        out.add(d);
    }

    /** True when {@code d} names what call {@code h} asks to boycott ({@link BoycottObjects}) and the context dates the call. */
    private static boolean objectsDay(Hit h, DateMention d, List<Token> tokens, Choice own) {
        int first = DatePass.tokenAt(tokens, d.span().start());
        return first >= 0 && BoycottObjects.objectsDay(tokens, h, first) && BoycottObjects.beforeCall(d, own);
    }

    /** True when statement {@code h} may take {@code d} as its report's day: not a day after a call, which names what the call is made to. */
    private static boolean ownReport(Hit h, DateMention d, List<Token> tokens) {
        int first = DatePass.tokenAt(tokens, d.span().start());
        return STATEMENT.equals(h.type()) && first >= 0 && !(first > h.first() && PressingSpeech.callingVerb(tokens, h));
    }

    private static DateMention nearest(List<DateMention> dates, Span span) {
        DateMention best = dates.get(0);
        for (DateMention d : dates) {
            if (DatePass.distance(span, d.span()) < DatePass.distance(span, best.span())) {
                best = d;
            }
        }
        return best;
    }
}
