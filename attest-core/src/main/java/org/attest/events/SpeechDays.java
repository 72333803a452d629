package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * The day of a speech, told right after its verb, in a sentence whose later clause only points
 * back to an act: "the rights group said on Wednesday it was looking into the arrests", "a
 * spokeswoman told the radio late on Friday the detentions were lawful". The day dates the
 * words, not the act they are about, so it gives the noun pointing back no date of its own.
 * Static helper of {@link PointingBack}.
 */
final class SpeechDays {
    private SpeechDays() {}

    /** Words that may stand between a reporting verb and its day: "on", "late", "in a statement". */
    private static final Set<String> FILLERS = WordSets.named("speech-day-fillers");
    /** Words looked back from a date for its reporting verb: "said in a televised address late on". */
    private static final int REACH = 8;

    /**
     * True when hit {@code h} is no verb form and every one of {@code dates} stands before it,
     * right after a reporting verb (with only {@link #FILLERS} between): the speech's days alone.
     */
    static boolean only(List<Token> tokens, Hit h, List<DateMention> dates) {
        if (dates.isEmpty() || !nounReading(tokens, h)) {
            return false; // "said on Monday that police detained 40": the act itself, after the speech
        }
        for (DateMention d : dates) {
            int first = DatePass.tokenAt(tokens, d.span().start());
            if (first < 0 || first >= h.first() || !afterReportingVerb(tokens, first)) {
                return false;
            }
        }
        return true;
    }

    /** True for a noun read: one word not in -ed or -ing ("the arrests"), or a noun line's phrase. */
    private static boolean nounReading(List<Token> tokens, Hit h) {
        if (h.tokenLength() > 1) {
            return h.trigger().form() == Trigger.Form.NOUN;
        }
        String w = tokens.get(h.first()).lower();
        return !w.endsWith("ed") && !w.endsWith("ing");
    }

    private static boolean afterReportingVerb(List<Token> tokens, int first) {
        for (int k = first - 1, words = 0; k >= 0 && words <= REACH; k--, words++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (t.is(Lexeme.REPORTING_VERB)) {
                return true;
            }
            if (!FILLERS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }
}
