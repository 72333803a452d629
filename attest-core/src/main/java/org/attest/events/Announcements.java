package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Words before a trigger that announce the event rather than guard it: the "would" of reported
 * speech ("said it would boycott the vote") and a plan told in the progressive ("activists are
 * planning to stage a march"). Both words are hypothetical guards in {@code guards.tsv}; in these
 * shapes they tell news, as "will" does, so {@link Guards#guardedBefore} passes over them. Kept
 * apart from {@link Guards}, which holds the guard tables and where they are looked for, because
 * recognising reported speech and announced plans is a job of its own.
 */
final class Announcements {
    private Announcements() {}

    private static final TokenSet ANNOUNCED_PLANS = TokenSet.named("announced-plans");
    private static final TokenSet PROGRESSIVE_BE = TokenSet.named("progressive-be");

    /**
     * True when token {@code i} is a plan word in the progressive ("are planning to stage"): a plan
     * told as under way is announced, as "will" is; "had planned to bomb" is a plot that did not
     * happen and stays guarded.
     */
    static boolean announcedPlan(List<Token> tokens, int i) {
        return i >= 1 && ANNOUNCED_PLANS.has(tokens.get(i)) && tokens.get(i - 1).word()
                && PROGRESSIVE_BE.has(tokens.get(i - 1));
    }

    /** Subjects of a reported announcement: "said it would", "announced they would". */
    private static final Set<String> REPORTED_SUBJECTS = Set.of("it", "they", "he", "she", "we");
    /** Determiners of a body that announces its own plan: "the group would", "its members would". */
    private static final Set<String> BODY_DETERMINERS = Set.of("the", "its", "their");
    /** Words of a body that announces its own plan: "the group", "the union", "its members". */
    private static final Set<String> PLANNING_BODIES = WordSets.named("planning-bodies");
    /** Plural nouns of people a body speaks for: "said retirees would gather", "said the nurses would strike". */
    private static final Set<String> PLANNING_PEOPLE = WordSets.named("planning-people");
    /** Words that may stand between a reporting verb and its clause: "announced on Tuesday that it would". */
    private static final Set<String> SPEECH_DAY_FILLERS = WordSets.named("speech-day-fillers");
    private static final Set<String> SPEECH_DAYS = WordSets.named("speech-days");
    /** Words between a reporting verb and the clause it opens at most: "on Tuesday that". */
    private static final int REPORT_REACH = 4;

    /**
     * True when token {@code i} is the "would" of reported speech: "announced they would", "said
     * the group would", "announced on Tuesday that it would". What a speaker says it or its body
     * would do is an announcement, as "will" is, not a hypothetical.
     */
    static boolean reportedFuture(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i).lower().equals("would")) {
            return false;
        }
        int k = i - 1;
        String subject = tokens.get(k).lower();
        if (!REPORTED_SUBJECTS.contains(subject)) {
            if (!tokens.get(k).word()) {
                return false;
            }
            boolean body = PLANNING_BODIES.contains(subject) && BODY_DETERMINERS.contains(tokens.get(k - 1).lower());
            // "the union said retirees would gather again": the people the speaker speaks for, named bare, announce it too
            boolean people = PLANNING_PEOPLE.contains(subject) && actsItself(tokens, i);
            if (!body && !people) {
                return false;
            }
            if (body) {
                k--; // "the group would"
            } else if (BODY_DETERMINERS.contains(tokens.get(k - 1).lower())) {
                k--; // "said the retirees would"
            }
        }
        k--;
        if (k >= 0 && tokens.get(k).lower().equals("that")) {
            k--;
        }
        for (int n = 0; k >= 0 && n <= REPORT_REACH; k--, n++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (t.is(Lexeme.REPORTING_VERB)) {
                return true;
            }
            if (!SPEECH_DAY_FILLERS.contains(t.lower()) && !SPEECH_DAYS.contains(t.lower())) {
                return false; // "announced on Tuesday that", no other words
            }
        }
        return false;
    }
    /**
     * True when an active verb follows the people's "would": "said farmers would be arrested" is
     * what others would do to them (events114).
     */
    private static boolean actsItself(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1).lower();
        return !next.equals("be") && !next.equals("not") && !next.equals("have");
    }

    /** Modals that put what a "that" clause announces ahead: "announced that they will gather". */
    private static final TokenSet FUTURE_MODALS = TokenSet.named("announced-future-modals");
    /** Words of the clause's subject between "that" and the modal: "that the farmers' guild will". */
    static final int CLAUSE_SUBJECT_WORDS = 4;
    /** Words between the modal and the event it announces: "will hold a sit-in", "will gather again". */
    static final int MODAL_TO_EVENT_WORDS = 3;

    /**
     * True when the words from {@code from} up to {@code eventFirst} (exclusive) are a "that" clause
     * that puts the event ahead: "that they will", "that farmers will", "that the union would hold a".
     * An announcement of a protest to come is that protest's news (the gold of ev122/ev123 and stmt31's
     * ev82-ev84 give the protest alone); a "that" clause of the past ("declared that the group had
     * planned the rallies") reports what someone holds and is no such clause.
     */
    static boolean futureClause(List<Token> tokens, int from, int eventFirst) {
        if (from >= eventFirst || !tokens.get(from).word() || !tokens.get(from).lower().equals("that")) {
            return false;
        }
        int modal = -1;
        for (int k = from + 1; k < eventFirst; k++) {
            Token t = tokens.get(k);
            if (!t.word() && !t.surface().equals("'") && !t.surface().equals("\u2019")) {
                return false; // a comma or a bracket: the event is in another clause
            }
            if (modal < 0 && t.word() && FUTURE_MODALS.has(t)) {
                modal = k;
            }
        }
        return modal > from + 1 && modal - from - 1 <= CLAUSE_SUBJECT_WORDS && eventFirst - modal - 1 <= MODAL_TO_EVENT_WORDS;
    }
    /** Words of a call's addressee before its "to": "called on permanent employees of the oil industry to". */
    static final int ADDRESSEE_WORDS = 8;

    /**
     * True when the words from {@code from} up to the event are a call's addressee and infinitive
     * ("called on teachers to hold new sit-ins on 12 May", "called on employees of the oil industry
     * to join the strike on 30 June") and a day follows the event: a call that names the day of the
     * protest it asks for announces that protest, which is the news, as "called for protests on
     * Sunday" is. Undated appeals ("urged its supporters to demonstrate peacefully") are
     * {@link AppealPass}'s.
     */
    static boolean datedCall(List<Token> tokens, int from, Hit event) {
        int to = -1;
        for (int k = from; k < event.first(); k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false; // a clause of its own between the call and the event
            }
            if (to < 0 && t.lower().equals("to")) {
                to = k;
            }
        }
        return to > from && to - from <= ADDRESSEE_WORDS && event.first() - to - 1 <= MODAL_TO_EVENT_WORDS
                && NonEvents.dayAfter(tokens, event.last());
    }
}
