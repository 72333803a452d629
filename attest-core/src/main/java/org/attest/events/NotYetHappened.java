package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Executions, killings and arrests the sentence tells as not done yet: scheduled ("their
 * executions are scheduled for the coming days", "set to be executed"), the purpose of another
 * act ("transferred for execution") or prevented ("to prevent their execution"). Announced
 * protests, rallies and votes are events; these are not yet. A helper of {@link NegationPass}.
 */
final class NotYetHappened {
    private NotYetHappened() {}

    /** Words right after an execution, killing or arrest that put it in the future: "his execution slated for Sunday". */
    private static final Set<String> SCHEDULED = WordSets.named("scheduled-after");

    /** Types whose future is no event: a protest or a vote announced is one, an execution set for Sunday has not happened. */
    private static final Set<String> DONE_ONLY = WordSets.named("done-only-types");

    private static final Set<String> COPULAS = WordSets.named("copulas");

    /**
     * True when an execution, killing or arrest is said to be scheduled, right after it or after
     * "is"/"are": "their executions are scheduled for the coming days", "with his execution slated
     * for Sunday". Announced protests, rallies and votes are events; these are not yet.
     */
    private static boolean scheduledAfter(List<Token> tokens, Hit h) {
        if (!DONE_ONLY.contains(h.type())) {
            return false;
        }
        int k = h.last() + 1;
        if (k < tokens.size() && tokens.get(k).word() && COPULAS.contains(tokens.get(k).lower())) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).word() && SCHEDULED.contains(tokens.get(k).lower());
    }

    /** True when an execution, killing or arrest has not happened yet: scheduled, set, moved for or prevented. */
    static boolean notYet(List<Token> tokens, Hit h) {
        return scheduledAfter(tokens, h) || scheduledBefore(tokens, h) || forExecution(tokens, h) || prevented(tokens, h);
    }

    /** Verbs that, before "to be", put an execution, killing or arrest in the future: "prisoners set to be executed". */
    private static final Set<String> SCHEDULED_BEFORE = WordSets.named("scheduled-before");

    /**
     * True when "scheduled to be", "set to be", "slated to be" or "due to be" stands right before an
     * execution, killing or arrest ("12 prisoners are scheduled to be executed", "among the prisoners
     * set to be executed"): like {@link #scheduledAfter}, it has not happened yet.
     */
    private static boolean scheduledBefore(List<Token> tokens, Hit h) {
        int i = h.first();
        if (!DONE_ONLY.contains(h.type()) || i < 3) {
            return false;
        }
        return tokens.get(i - 1).lower().equals("be") && tokens.get(i - 2).lower().equals("to")
                && tokens.get(i - 3).word() && SCHEDULED_BEFORE.contains(tokens.get(i - 3).lower());
    }

    /**
     * True when an execution, killing or arrest is what someone acts to prevent, "prevent" standing
     * right before it or before one determiner: "take action to prevent their execution". A march
     * the police moved to prevent still took place; an execution prevented did not.
     */
    private static boolean prevented(List<Token> tokens, Hit h) {
        return DONE_ONLY.contains(h.type()) && beforeDeterminer(tokens, h, "prevent");
    }

    /** True when {@code word} stands right before the hit, or before one determiner before it ("for their execution"). */
    private static boolean beforeDeterminer(List<Token> tokens, Hit h, String word) {
        int i = h.first() - 1;
        if (i >= 0 && PURPOSE_DETERMINERS.contains(tokens.get(i).lower())) {
            i--;
        }
        return i >= 0 && tokens.get(i).word() && tokens.get(i).lower().equals(word);
    }

    /** Determiners that may stand between "for" and an execution it is the purpose of. */
    private static final Set<String> PURPOSE_DETERMINERS = WordSets.named("purpose-determiners");

    /**
     * True when an execution noun is the purpose of another act: "transferred to solitary
     * confinement for execution", "moved the prisoners for their execution". The transfer is the
     * news; the execution has not happened.
     */
    private static boolean forExecution(List<Token> tokens, Hit h) {
        return h.type().equals("execution") && h.trigger().form() == Trigger.Form.NOUN && beforeDeterminer(tokens, h, "for");
    }
}
