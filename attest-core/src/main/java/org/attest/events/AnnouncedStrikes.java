package org.attest.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attest.model.DatePrecision;
import org.attest.model.Event;

/**
 * A strike dated after the day of writing ("a silent strike is planned for December 10", "called a
 * hartal for Wednesday", "urging residents to close their shops on March 27") has not happened: what
 * the report tells is its call, a {@code boycott_call}, as a call for a strike is. Such a strike
 * becomes the call, dated by the day its sentence's statement was made ("said on Sunday that it would
 * strike on August 18": Sunday), else the day of writing (stmt210: a call is dated by when it was made,
 * as {@link CallDates} dates "called on Sunday for a strike on Tuesday", not by the day it calls for,
 * and the report tells it by the day of writing at the latest); where its
 * sentence already gives a call for a strike, the strike is that call told once more and is dropped (a call to boycott a vote beside it is another call). A hunger strike, which keeps its {@code other}, is left alone.
 */
final class AnnouncedStrikes {
    static final String CALL = "boycott_call";
    /** Words of a call's trigger that make it a call for a strike ("called for ... strike"), not for a boycott of a vote. */
    private static final Set<String> STRIKE_CALL_WORDS = WordSets.named("strike-call-words");

    private AnnouncedStrikes() {}

    /**
     * The events, with each strike dated after {@code published} turned into a call; never null.
     *
     * @param text      the document's text, which the events' spans index
     * @param published the day of writing, or null (then nothing changes)
     */
    static List<Event> resolve(String text, LocalDate published, List<Event> events) {
        if (published == null) {
            return events;
        }
        List<Event> out = null;
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (!announced(text, published, e)) {
                if (out != null) {
                    out.add(e);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(events.subList(0, i));
            }
            Event said = spokenOn(events, e, published);
            Event call = new Event(CALL, said != null ? said.date() : published.toString(),
                    said != null ? said.datePrecision() : DatePrecision.DAY, e.places(), e.quantities(), e.actors(), e.claimant(),
                    e.span(), CALL + ":" + e.trigger().substring("other:".length()));
            if (!calledIn(out, call) && !calledIn(events, call)) {
                out.add(call);
            }
        }
        return out == null ? events : List.copyOf(out);
    }

    /** True for a strike, not a hunger strike, dated after the day of writing. */
    private static boolean announced(String text, LocalDate published, Event e) {
        return Strikes.strikeLine(e.trigger()) && after(e.date(), published)
                && !e.span().of(text).toLowerCase(Locale.ROOT).contains("hunger strike");
    }

    /**
     * The statement of strike {@code e}'s sentence that dates the announcing ("said on Sunday that it
     * would begin a strike on August 18": Sunday), when one is dated and not after {@code published}; else null.
     */
    private static Event spokenOn(List<Event> events, Event e, LocalDate published) {
        for (Event o : events) {
            if (o.type().equals("statement") && o.span().equals(e.span()) && o.date() != null && !after(o.date(), published)) {
                return o;
            }
        }
        return null;
    }

    /** True when a call for a strike of the sentence of {@code call} stands among {@code events}, whatever its day. */
    private static boolean calledIn(List<Event> events, Event call) {
        for (Event o : events) {
            if (o.type().equals(CALL) && o.span().equals(call.span()) && forStrike(o.trigger())) {
                return true;
            }
        }
        return false;
    }

    private static boolean forStrike(String trigger) {
        for (String w : trigger.substring(trigger.indexOf(':') + 1).split("[ =.]+")) {
            if (STRIKE_CALL_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code date} (YYYY, YYYY-MM or YYYY-MM-DD) lies wholly after {@code published}. */
    static boolean after(String date, LocalDate published) {
        if (date == null) {
            return false;
        }
        String day = published.toString();
        String same = day.substring(0, Math.min(date.length(), day.length()));
        return date.compareTo(same) > 0;
    }
}
