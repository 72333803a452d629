package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops what a denial says: "The ministry denied that any protester had been detained", "Officials
 * have rejected accusations that the vote was rigged", "Families reject that account". The events
 * a denial names are said not to have taken place, so none of them is an event; the denial itself,
 * when its verb is a statement's, stays one: an official's denial is a statement reported as news
 * (the gold format's definition; the builders of ev151-ev156 left denials out altogether, an
 * instruction of their brief, not of the format). Only the hits after the denial verb are dropped,
 * so an event or a saying told before it stays ("Police arrested 14 dockers but denied that any was
 * beaten": the arrest). A passive ("had been denied visits") tells what befell the held, an event
 * of its own, and is no denial. "reject" and "dismiss" deny only with a claim as object ("rejected
 * the accusation", "dismissed the reports"), not "rejected the nomination papers"; "deny" with a
 * claim, "that" or an act ("denied using force"), not a grant refused ("denied bail", "denied
 * permission for the march": acts of their own). An undated saying joined by "and" to a denial
 * ("said life was normal and denied that ...") is one statement with it, given once, by the denial.
 */
final class DenialPass implements HitPass {
    /** Verbs that deny a claim, a "that" clause or an act: "denied", "denies", "refuted". */
    private static final TokenSet DENYING = TokenSet.named("denial-verbs");
    /** Verbs that deny only a claim they take as object: "rejected", "dismissed". */
    private static final TokenSet REJECTING = TokenSet.named("rejection-verbs");
    /** Objects of those verbs that are claims: "accusations", "reports", "that account", "involvement". */
    private static final TokenSet CLAIMS = TokenSet.named("denied-claim-nouns");
    /** Forms of "be" right before the verb that make it a passive: "had been denied". */
    private static final TokenSet PASSIVE = TokenSet.named("denial-passive-be");
    /** Words after a rejecting verb searched for its claim: "rejected the fresh accusations". */
    private static final int CLAIM_REACH = 4;
    /** Relative pronouns that put a verb after them in a clause of its own: "who has denied". */
    private static final TokenSet RELATIVES = TokenSet.named("denial-relatives");
    /** Words from a relative pronoun to the verb at most: "who has repeatedly denied". */
    private static final int RELATIVE_REACH = 3;
    /** Days that date a saying: "on Sunday", "on 3 May" ({@link DatedSpeech}'s lists). */
    private static final Set<String> DAYS = WordSets.named("speech-days");
    private static final Set<String> RELATIVE_DAYS = WordSets.named("speech-relative-days");
    /** Tokens from a reporting verb to its day at most: "told the state news agency on Monday". */
    private static final int DAY_REACH = 8;

    @Override
    public String name() {
        return "denial";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        int at = denialAt(sentence.tokens());
        if (at < 0) {
            return hits;
        }
        List<Token> tokens = sentence.tokens();
        Hit denial = null;
        for (Hit h : hits) {
            if (h.first() == at && h.trigger().form() == Trigger.Form.SPEECH) {
                denial = h;
            }
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (h.last() < at ? !undatedSayingOfDenial(tokens, h, denial) : h == denial) {
                kept.add(h);
            }
        }
        return kept.size() == hits.size() ? hits : kept;
    }

    /** True when a day word stands within {@link #DAY_REACH} tokens after {@code verb}, before {@code end}. */
    private static boolean dayAfter(List<Token> tokens, int verb, int end) {
        for (int k = verb + 1; k < end && k <= verb + DAY_REACH; k++) {
            Token t = tokens.get(k);
            if (t.word() && (DAYS.contains(t.lower()) || RELATIVE_DAYS.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the speech hit {@code h} is joined by "and" to the denial, no day after its verb:
     * "dismissed the event as a stunt and denied that ...", "said life was normal and denied that
     * any strike had taken place": one saying, and a denial.
     */
    private static boolean undatedSayingOfDenial(List<Token> tokens, Hit h, Hit denial) {
        return denial != null && h.trigger().form() == Trigger.Form.SPEECH
                && SpeechCoordination.speaksAfterVerb(tokens, h.first(), denial) && !dayAfter(tokens, h.first(), denial.first());
    }

    /**
     * The index of the sentence's first denying verb with a subject before it, or -1. A verb in a
     * relative clause ("the president, who has dismissed the reports, said ...") denies within it
     * only, and is passed over.
     */
    static int denialAt(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            // the verb test first: it reads the token's bits, while the passive and relative tests look around it
            if (!t.word() || !DENYING.has(t) && !REJECTING.has(t) || PASSIVE.has(tokens.get(k - 1)) || relativeBefore(tokens, k)) {
                continue;
            }
            if (DENYING.has(t) && (thatOrActAfter(tokens, k) || claimAfter(tokens, k)) || REJECTING.has(t) && claimAfter(tokens, k)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True when "that" follows the verb at {@code k} closely ("denied on Saturday that"), or an -ing
     * form right after it ("denied using live fire"); "denied bail", "denied permission" refuse a
     * grant, an act of its own.
     */
    private static boolean thatOrActAfter(List<Token> tokens, int k) {
        if (k + 1 < tokens.size() && tokens.get(k + 1).word() && tokens.get(k + 1).lower().endsWith("ing")) {
            return true;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + CLAIM_REACH; j++) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return false;
            }
            if (t.lower().equals("that")) {
                return true;
            }
        }
        return false;
    }

    /** True when a relative pronoun stands at most {@link #RELATIVE_REACH} words before the verb at {@code k}. */
    private static boolean relativeBefore(List<Token> tokens, int k) {
        for (int j = k - 1; j >= 0 && j >= k - RELATIVE_REACH; j--) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return false;
            }
            if (RELATIVES.has(t)) {
                return true;
            }
        }
        return false;
    }

    /** True when a claim noun follows the verb at {@code k} closely: "rejected the accusations". */
    private static boolean claimAfter(List<Token> tokens, int k) {
        for (int j = k + 1; j < tokens.size() && j <= k + CLAIM_REACH; j++) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return false;
            }
            if (CLAIMS.has(t)) {
                return true;
            }
        }
        return false;
    }
}
