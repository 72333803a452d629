package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.DateMention;

/**
 * Keeps the days a call names from dating the call: in "the group urged the agency, whose
 * conference opens on 27 May, to raise the arrests" or "called on the mission, established on 24
 * November, to ..." the days belong to what the call is made to or asks for, and the call is of the
 * day the report gives it elsewhere. A day right after the verb ("urged on Monday") is the call's
 * own ({@link DatedSpeech}).
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

    private static boolean calls(List<Token> tokens, Hit h) {
        return PressingSpeech.callingVerb(tokens, h) && !DatedSpeech.dated(tokens, h);
    }
}
