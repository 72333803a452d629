package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops an event whose count a speaker is quoted for: 'the police chief said "a number of people" had
 * been detained', 'the governor said "a few individuals" had been arrested', 'was quoted as saying
 * that "between 200 and 300" people had been summoned'. The report keeps the speaker's own words at a
 * distance: what it tells is the statement, not the arrests (three sets of events96 agree, 3 of 3). An
 * event whose count the report gives in its own words ("said 23 people had been detained") stays
 * beside the statement.
 */
final class QuotedTallies {
    /** Types a tally tells: arrests, deaths, sentences ({@code perfect-tally-types}). */
    private static final Set<String> TYPES = WordSets.named("perfect-tally-types");
    /** Words between the closing quote and the event at most: '"between 200 and 300" people had been summoned'. */
    private static final int REACH = 4;

    private QuotedTallies() {
    }

    /** {@code hits} without the events a statement hit before them tells with a quoted count. */
    static List<Hit> withoutQuotedCounts(List<Token> tokens, List<Hit> hits) {
        Hit speech = null;
        for (Hit h : hits) {
            Trigger.Form f = h.trigger().form();
            if (h.type().equals("statement") && (f == Trigger.Form.SPEECH || f == Trigger.Form.FRAME) && (speech == null || h.last() < speech.last())) {
                speech = h;
            }
        }
        if (speech == null) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit o : hits) {
            if (!(TYPES.contains(o.type()) && o.first() > speech.last() && quotedSubject(tokens, speech.last(), o.first()))) {
                kept.add(o);
            }
        }
        return kept;
    }

    /** True when a quoted run opened after {@code verb} closes within {@link #REACH} words before {@code event}. */
    private static boolean quotedSubject(List<Token> tokens, int verb, int event) {
        int words = 0;
        for (int k = event - 1; k > verb; k--) {
            Token t = tokens.get(k);
            if (t.quote()) {
                return tokens.get(k - 1).word() && opened(tokens, verb, k);
            }
            if (!t.word() || ++words > REACH) {
                return false;
            }
        }
        return false;
    }

    /** True when a quote between {@code verb} and the closing quote at {@code close} opens the run. */
    private static boolean opened(List<Token> tokens, int verb, int close) {
        for (int k = close - 1; k > verb; k--) {
            Token t = tokens.get(k);
            if (t.quote()) {
                return k + 1 < close && tokens.get(k + 1).word();
            }
            if (t.surface().equals(".") || t.surface().equals(";")) {
                return false;
            }
        }
        return false;
    }
}
