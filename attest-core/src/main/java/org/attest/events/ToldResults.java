package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tells an official's result or turnout given out in figures: "the election commission said the
 * president won 61 percent of the vote", "the chairman told a news conference that turnout was 44
 * percent". The speaker opening the sentence announces the count, and the report carries it as
 * that body's statement (ev144, ev143: every such sentence the gold marks is a statement, none an
 * election); the vote itself is told elsewhere in the report. A closing attribution ("Turnout was
 * 47 percent, the commission said") only sources the figure and is left to {@link AttributionPass}, and
 * so does a newspaper or broadcaster that reports a count ("Newspapers said turnout was 40 percent":
 * the press passes the vote on, as the earlier sets' gold has it).
 */
final class ToldResults {
    /** Plain reporting verbs: "said", "told". */
    private static final Set<String> PLAIN_VERBS = WordSets.named("plain-report-verbs");
    /** Words an election trigger telling a result in figures opens with: "won ... of the vote", "turnout". */
    private static final Set<String> RESULT_WORDS = WordSets.named("told-result-openers");
    /** The press as a speaker: "newspapers", "state television", "the news agency". */
    private static final Set<String> PRESS = WordSets.named("news-press-speakers");
    /** Words before the verb in which a press speaker is looked for: "state television said". */
    private static final int SUBJECT_REACH = 3;
    /** Tokens after the verb in which the result must open: "said on Monday that X, who has ruled since 1994, had won". */
    private static final int REACH = 20;

    private ToldResults() {
    }

    /**
     * {@code hits} without their election hits when a statement hit opening the sentence's news
     * with a plain reporting verb is followed, within {@link #REACH} tokens of the same clause
     * chain, by an election hit that opens with a result word ({@code told-result-openers}).
     */
    static List<Hit> withoutToldResults(List<Token> tokens, List<Hit> hits) {
        if (hits.size() < 2) {
            return hits;
        }
        boolean told = false;
        for (Hit h : hits) {
            told |= opening(tokens, h) && resultAfter(tokens, hits, h.last());
        }
        if (!told) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!h.type().equals("election")) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** True for a statement speech verb or body frame ending in a plain reporting verb that does not close the sentence. */
    private static boolean opening(List<Token> tokens, Hit h) {
        Trigger.Form form = h.trigger().form();
        if (!h.type().equals("statement") || form != Trigger.Form.SPEECH && form != Trigger.Form.FRAME) {
            return false;
        }
        Token verb = tokens.get(h.last());
        return verb.word() && PLAIN_VERBS.contains(verb.lower()) && !AttributionPass.closesSentence(tokens, h)
                && !ForceAccounts.account(tokens, h.last()) && !pressSpeaker(tokens, h.last());
    }

    private static boolean pressSpeaker(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - SUBJECT_REACH); k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (PRESS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean resultAfter(List<Token> tokens, List<Hit> hits, int verb) {
        int end = Math.min(tokens.size(), verb + 1 + REACH);
        int stop = end;
        for (int k = verb + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.word() && (t.surface().equals(".") || t.surface().equals(";"))) {
                stop = k;
                break;
            }
        }
        for (Hit o : hits) {
            Token first = tokens.get(o.first());
            if (o.type().equals("election") && o.first() > verb && o.first() < stop && RESULT_WORDS.contains(first.lower())) {
                return true;
            }
        }
        return false;
    }
}
