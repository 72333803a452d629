package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops the statement of a speaker who works for the organisation that publishes the report:
 * '"The courts are failing the families," said the organisation's Europe director'. A rights
 * group's release quotes its own staff to comment on the news it tells; that comment is no
 * statement reported as news. The speaker is "the organisation's ..." (the bare noun with "the",
 * which a report uses for itself), right after the speech verb or opening its subject; a named
 * body ("Amnesty International's director") is left to {@link SpeakerPass}. The body itself, as the
 * bare subject of the verb, is the release's own voice too: "The organisation calls on the
 * authorities to free the dockers", "the executions went ahead at dawn, the organisation said
 * today" tell the news or the release's demands, no statement reported as news.
 */
final class OwnStaffQuotes implements HitPass {
    /** Nouns a publishing body calls itself by, after "the": "organisation", "organization". */
    private static final Set<String> SELF = WordSets.named("own-body-nouns");
    /** Tokens before the verb searched for the subject: "the organisation's deputy Iran director said". */
    private static final int SUBJECT_REACH = 6;
    /** Words that may stand between the bare body and its verb: "the organisation also urged". */
    private static final Set<String> BETWEEN = WordSets.named("own-body-between");

    @Override
    public String name() {
        return "own-staff-quote";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Token> tokens = sentence.tokens();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!(h.trigger().form() == Trigger.Form.SPEECH && h.type().equals("statement") && ownStaff(tokens, h))) {
                kept.add(h);
            }
        }
        return kept.size() == hits.size() ? hits : kept;
    }

    /** True when "the organisation's" follows the verb or stands shortly before it, or the bare body is its subject. */
    private static boolean ownStaff(List<Token> tokens, Hit h) {
        if (selfAt(tokens, h.last() + 1) || bodySubject(tokens, h)) {
            return true;
        }
        for (int k = h.first() - 1; k >= 0 && k >= h.first() - SUBJECT_REACH; k--) {
            if (selfAt(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the bare "the organisation" is the verb's subject: right before it, with at most one
     * word of {@code own-body-between} between ("The organisation also urged", "the organisation is calling on"), or right after it at
     * the clause's end ("..., said the organisation."). A body after the verb with more to follow is
     * its object ("urged the organisation to leave") and the speaker someone else.
     */
    private static boolean bodySubject(List<Token> tokens, Hit h) {
        int k = h.first() - 2;
        if (k >= 1 && tokens.get(h.first() - 1).word() && BETWEEN.contains(tokens.get(h.first() - 1).lower())) {
            k--;
        }
        if (bareSelfAt(tokens, k)) {
            return true;
        }
        int after = h.last() + 1;
        return bareSelfAt(tokens, after) && (after + 2 >= tokens.size() || !tokens.get(after + 2).word());
    }

    /** True when tokens from {@code k} read "the" and a self noun with no possessive after it. */
    private static boolean bareSelfAt(List<Token> tokens, int k) {
        if (k < 0 || k + 1 >= tokens.size() || !tokens.get(k).lower().equals("the") || !SELF.contains(tokens.get(k + 1).lower())) {
            return false;
        }
        return k + 2 >= tokens.size() || !possessive(tokens.get(k + 2).lower());
    }

    private static boolean possessive(String w) {
        return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
    }

    /** True when tokens from {@code k} read "the" and a self noun with a possessive: "the organisation's". */
    private static boolean selfAt(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k).lower().equals("the")) {
            return false;
        }
        String noun = tokens.get(k + 1).lower();
        if (noun.endsWith("'s") || noun.endsWith("\u2019s")) {
            return SELF.contains(noun.substring(0, noun.length() - 2));
        }
        if (!SELF.contains(noun) || k + 2 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(k + 2).lower();
        return next.equals("'s") || next.equals("\u2019s") || next.equals("'") || next.equals("\u2019");
    }
}
