package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops a plan told only on a condition that comes later in the sentence: "Organisers said they
 * may call a march on the capital if no one is charged", "The union said it would consider a
 * strike unless wages are paid". What the modal (or a speaker's "threatened to") governs happens
 * only should the condition come true, so it reports no happening; nor does the saying that
 * carries nothing but the conditional plan. {@link ConditionalSentences} covers a sentence that
 * opens with its condition; this pass the condition that closes it. A saying dated right after its
 * verb ("said on Saturday that pay would rise if ...") stays news ({@link DatedSpeech}), and so
 * does what stands before the modal or farther from it than a verb phrase reaches ("called a march
 * for Saturday and said they would strike if ...": the march stays; "could be repeated on the
 * anniversary of the 2022 killings if ...": the killings stay).
 */
final class ConditionalPlans implements HitPass {
    /** Words that open a condition: "if", "unless". */
    private static final Set<String> OPENERS = WordSets.named("conditional-openers");
    /** Modals of a mere possibility: "could", "may", "might". */
    private static final Set<String> MODALS = WordSets.named("conditional-plan-modals");
    /** Verbs of a step short of the event itself: "would call a strike", "would consider a boycott". */
    private static final Set<String> STEPS = WordSets.named("conditional-plan-steps");
    /** Particles after a step verb that undo the event instead: "would not call off the strike" ({@link GoingAhead}). */
    private static final Set<String> UNDOING = WordSets.named("conditional-step-undoing");
    /** Modals that open what a saying carries: "said it would", "said classes could". */
    private static final Set<String> SPEECH_MODALS = WordSets.named("conditional-speech-modals");
    /** Words before "if" that make it no condition: "as if". */
    private static final Set<String> NOT_CONDITIONS = WordSets.named("conditional-non-openers");
    /** Tokens from a modal to the head of what it governs at most: "may call a nationwide march". */
    private static final int PLAN_REACH = 4;
    /** Tokens from a speech verb to the modal (or "to") of its plan at most: "said that classes could". */
    private static final int SPEECH_REACH = 3;

    @Override
    public String name() {
        return "conditional-plan";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Token> tokens = sentence.tokens();
        int condition = conditionAt(tokens);
        if (condition < 0) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!(h.first() < condition && (governed(tokens, h) || carriesPlan(tokens, h, condition)))) {
                kept.add(h);
            }
        }
        return kept.size() == hits.size() ? hits : kept;
    }

    /** The index of the first "if" or "unless" after the sentence's first word, or -1. */
    private static int conditionAt(List<Token> tokens) {
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.word() && OPENERS.contains(t.lower()) && !NOT_CONDITIONS.contains(tokens.get(k - 1).lower())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * True when a modal of possibility or a verb of a step short of the event stands at most
     * {@link #PLAN_REACH} tokens before the hit, words only between. A firm "would" with the event's
     * own verb ("would hold a march on Friday unless ...") is a threat announced, and stays.
     */
    private static boolean governed(List<Token> tokens, Hit h) {
        for (int k = h.first() - 1; k >= 0 && k >= h.first() - PLAN_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (MODALS.contains(t.lower()) || STEPS.contains(t.lower()) && !UNDOING.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the hit is an undated saying whose words open with a modal or "to" before the
     * condition: "said it would raise the matter ... if", "threatened to call a strike ... if".
     */
    private static boolean carriesPlan(List<Token> tokens, Hit h, int condition) {
        if (h.trigger().form() != Trigger.Form.SPEECH || DatedSpeech.dated(tokens, h)) {
            return false;
        }
        int end = Math.min(condition, h.last() + 1 + SPEECH_REACH);
        for (int k = h.last() + 1; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (SPEECH_MODALS.contains(t.lower()) || t.lower().equals("to")) {
                return true;
            }
        }
        return false;
    }
}
