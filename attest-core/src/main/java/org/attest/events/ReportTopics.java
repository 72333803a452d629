package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A protest named as what a report, an inquiry or an investigation is about ("in its yearly report on
 * the marches, the commission counted ...", "an inquiry into the protests"), or to say which
 * group speaks ("the alliance, a group behind the sit-ins, said ..."). The news is the
 * report and what it found, or what the group said; the protests are its subject, told for
 * themselves elsewhere if at all, and coders give such a mention no protest. Only a noun hit right
 * after "on", "into" or "about" following a report noun, or after "behind" following a noun of a
 * group, is read, with at most two determiners or modifiers between ("into last year's protests").
 * An event noun of any type named as the topic of a conference or seminar ("a conference in Paris on
 * the massacre") is read the same way: the news is the meeting. Static helper of {@link NegationPass}.
 */
final class ReportTopics {
    private ReportTopics() {}

    /** Nouns of written findings whose "on"/"into" names their subject. */
    private static final Set<String> REPORTS = WordSets.named("report-nouns");
    /** Prepositions that tie a report to its subject. */
    private static final Set<String> LINKS = Set.of("on", "into", "about");
    /** Nouns of groups whose "behind" names what they organise: "a group behind the sit-ins". */
    private static final Set<String> GROUPS = WordSets.named("organiser-nouns");
    /** Words allowed between the preposition and the protest noun: "on last year's sit-ins". */
    private static final int BETWEEN = 2;

    /**
     * Nouns of meetings held to discuss something, whose "on"/"about" names the topic of any type:
     * "a conference on the massacre" tells the conference, no new killing (ev1b).
     */
    private static final Set<String> MEETINGS = WordSets.named("meeting-topic-nouns");
    /**
     * Words looked back from "on" for the meeting noun: "a conference in Paris on ...", and past a
     * day too (viol220): "a seminar in Lyon on Friday on ...".
     */
    private static final int MEETING_REACH = 6;

    /**
     * True when a protest noun hit is the subject of a report noun, or the work of a group noun, or
     * an event noun hit of any type is the topic of a meeting noun, just before it.
     */
    static boolean subject(List<Token> tokens, Hit h) {
        if (h.actionForm(tokens) || h.trigger().form() == Trigger.Form.PERSON) {
            return false;
        }
        if (!Strikes.protestOrStrike(h)) {
            return meetingTopic(tokens, h);
        }
        for (int i = h.first() - 1, words = 0; i >= 1 && words <= BETWEEN; i--, words++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                return false; // a comma or a dash ends the phrase
            }
            if (LINKS.contains(t.lower()) || t.lower().equals("behind")) {
                Token before = tokens.get(i - 1);
                return before.word() && (t.lower().equals("behind") ? GROUPS : REPORTS).contains(before.lower());
            }
        }
        return false;
    }

    private static boolean meetingTopic(List<Token> tokens, Hit h) {
        for (int i = h.first() - 1, words = 0; i >= 1 && words <= BETWEEN; i--, words++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                return false;
            }
            if (LINKS.contains(t.lower())) {
                return meetingBefore(tokens, i);
            }
        }
        return false;
    }

    /** A meeting noun right before "on" or a short place or time phrase before it: "a conference in Paris on". */
    private static boolean meetingBefore(List<Token> tokens, int link) {
        for (int j = link - 1; j >= 0 && j >= link - MEETING_REACH; j--) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return false;
            }
            if (MEETINGS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
