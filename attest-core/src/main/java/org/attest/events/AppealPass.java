package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops protest and rally hits that are what an appeal asks of people, not what they did: the
 * participants addressed ("called on protesters to show restraint", "urged the demonstrators to
 * go home") and the protest asked for in the appeal's infinitive ("urged supporters to demonstrate
 * peacefully", "told residents to join the rally", "called on workers to take part in the
 * marches"). The appeal is the speaker's statement. A call whose object is the protest itself,
 * with no one addressed ("called for protests on Sunday"), announces the protest and stays. So
 * does the aim of an asked-for protest: "asked members to take to the streets to protest the
 * ruling" asks for one protest, told twice.
 */
final class AppealPass implements HitPass {
    /** Words an addressee may hold between the appeal verb and the noun or the "to": "urged all young protesters". */
    static final int ADDRESSEE_WORDS = 3;
    /** Words between the infinitive's "to" and the protest it asks for: "to take part in the". */
    static final int INFINITIVE_WORDS = 4;

    /** Verbs of appeal that take their addressee as object: "urged", "asked", "told". */
    private static final Set<String> APPEALS = WordSets.named("appeal-verbs");
    /** Verbs of appeal that take their addressee after "on" or "to": "called on", "appealed to". */
    private static final Set<String> CALLS = WordSets.named("call-verbs");
    private static final Set<String> CALL_LINKS = Set.of("on", "upon", "to");
    /** Words that open a clause of their own: "told reporters that protesters ...". */
    private static final Set<String> CLAUSE_OPENERS = WordSets.named("clause-openers");
    private static final Set<String> APPEALED_TYPES = Set.of("protest", "rally");
    /** Words of joining between an appeal's "to" and the protest: "to take part in the marches". */
    private static final Set<String> JOINING = WordSets.named("joining-words");

    @Override
    public String name() {
        return "appeals";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Token> tokens = sentence.tokens();
        List<Hit> kept = new ArrayList<>(hits.size());
        List<Hit> asked = new ArrayList<>();
        for (Hit h : hits) {
            boolean appealed = (APPEALED_TYPES.contains(h.type()) || Strikes.strike(h))
                    && (h.trigger().form() == Trigger.Form.PERSON ? addressed(tokens, h)
                            : askedFor(tokens, h) || aimOfAsked(tokens, h, asked));
            if (!appealed) {
                kept.add(h);
            } else if (h.trigger().form() != Trigger.Form.PERSON) {
                asked.add(h);
            }
        }
        return kept;
    }

    /**
     * True when the protest is the aim of a protest an appeal asks for: "calling on people to take
     * to the streets to protest the arrest", "urged supporters to rally in the capital to protest
     * the verdict". Its "to" stands at most {@link #INFINITIVE_WORDS} words after the asked-for
     * protest, with no clause break between.
     */
    private static boolean aimOfAsked(List<Token> tokens, Hit h, List<Hit> asked) {
        if (asked.isEmpty() || h.first() < 2 || !tokens.get(h.first() - 1).lower().equals("to")) {
            return false;
        }
        for (int k = h.first() - 2, words = 0; k >= 0 && words <= INFINITIVE_WORDS; k--) {
            Token t = tokens.get(k);
            if (t.clauseBreak()) {
                return false;
            }
            for (Hit a : asked) {
                if (a.last() == k) {
                    return true;
                }
            }
            if (t.word()) {
                words++;
            }
        }
        return false;
    }

    /**
     * True when the participant noun is the addressee of an appeal with an infinitive: "called on
     * protesters to show restraint", "urged demonstrators not to". Without the infinitive the verb
     * may report speech: "a witness told reporters protesters had gathered".
     */
    private static boolean addressed(List<Token> tokens, Hit h) {
        int next = h.last() + 1;
        if (next < tokens.size() && tokens.get(next).lower().equals("not")) {
            next++;
        }
        return next < tokens.size() && tokens.get(next).lower().equals("to") && appealBefore(tokens, h.first());
    }

    /**
     * True when the protest is the appeal's infinitive: right after its "to", or after words of
     * joining ("to take part in the", "to join a"), at most {@link #INFINITIVE_WORDS} of them. "urged
     * police to respond to protests" asks for a response, not a protest.
     */
    private static boolean askedFor(List<Token> tokens, Hit h) {
        for (int k = h.first() - 1, words = 0; k >= 0 && words <= INFINITIVE_WORDS; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (t.lower().equals("to")) {
                return appealBefore(tokens, k);
            }
            if (!JOINING.contains(t.lower())) {
                return false;
            }
            words++;
        }
        return false;
    }

    /**
     * True when an appeal verb stands before token {@code at}, with at most {@link #ADDRESSEE_WORDS}
     * words between it and its addressee's end and no clause break or opener: "urged protesters",
     * "called on the crowds", "appealed to all residents".
     */
    private static boolean appealBefore(List<Token> tokens, int at) {
        for (int k = at - 1, words = 0; k >= 0 && words <= ADDRESSEE_WORDS; k--) {
            Token t = tokens.get(k);
            if (t.clauseBreak() && !t.quote()) {
                return false;
            }
            if (!t.word()) {
                continue;
            }
            String w = t.lower();
            if (CLAUSE_OPENERS.contains(w)) {
                return false;
            }
            if (CALL_LINKS.contains(w)) {
                return k > 0 && CALLS.contains(tokens.get(k - 1).lower()); // "respond to": no addressee of an appeal
            }
            if (APPEALS.contains(w)) {
                return true;
            }
            words++;
        }
        return false;
    }
}
