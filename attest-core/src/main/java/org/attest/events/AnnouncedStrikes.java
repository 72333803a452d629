package org.attest.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attest.model.Event;

/**
 * A strike dated after the day of writing ("a silent strike is planned for December 10", "called a
 * hartal for Wednesday", "urging residents to close their shops on March 27") has not happened: what
 * the report tells is its call, a {@code boycott_call} of that day, as a call for a strike is. Such
 * a strike becomes the call; where its sentence already gives a call for a strike of the same day,
 * the strike is that call told once more and is dropped (a call to boycott a vote beside it is another call). A hunger strike, which keeps its {@code other}, is left alone.
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
            Event call = new Event(CALL, e.date(), e.datePrecision(), e.places(), e.quantities(), e.actors(), e.claimant(),
                    e.span(), CALL + ":" + e.trigger().substring("other:".length()));
            if (!called(out, call) && !called(events, call)) {
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

    /** True when a call for a strike of the sentence and day of {@code call} stands among {@code events}. */
    private static boolean called(List<Event> events, Event call) {
        for (Event o : events) {
            if (o.type().equals(CALL) && o.span().equals(call.span()) && same(o.date(), call.date()) && forStrike(o.trigger())) {
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

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
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
