package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * An event noun that is the subject of a denied coming-about: "A second protest has not been
 * announced", "the march did not go ahead", "a strike has yet to be called", or of a calling-off:
 * "a rally planned outside the embassy was called off", "the march has been cancelled" (what was
 * cancelled never took place; a march put off to another day is still announced). The negation stands
 * after the noun, where {@link Guards} does not look (it reads the words before a trigger, since
 * "the arrests have not stopped the protests" still reports arrests); it is read here only when the
 * verb it denies says the event came to be (announced, held, called, took place). What such a
 * sentence tells is that no such event exists, so the noun gives none.
 */
final class UnheldSubjects {
    /** Auxiliaries that may stand between the noun and the negation: "has", "was", "did". */
    private static final Set<String> AUXILIARIES = WordSets.named("unheld-auxiliaries");
    /** Negations of the auxiliary: "not", "never". */
    private static final Set<String> NEGATIONS = WordSets.named("unheld-negations");
    /** Verbs that say an event came to be: "announced", "held", "called", "take" (place), "go" (ahead). */
    private static final Set<String> COMING_ABOUT = WordSets.named("unheld-coming-about");
    /** Words between the negation and the verb: "been", "be", "yet", "to" ("has yet to be called"). */
    private static final Set<String> BETWEEN = WordSets.named("unheld-between");

    /** Participles that say an event will not be held: "cancelled", "called" (off), "scrapped". */
    private static final Set<String> CANCELLED = WordSets.named("unheld-cancelled");
    /** The particle a phrasal one of {@link #CANCELLED} needs after it: "called off". */
    private static final Set<String> CANCEL_PARTICLES = WordSets.named("unheld-cancel-particles");
    /** Words of {@link #CANCELLED} that cancel only with a particle: "was called" alone is no calling-off. */
    private static final Set<String> PHRASAL = WordSets.named("unheld-cancel-phrasal");

    /** Prepositions that open a phrase of the noun's own before its verb: "a march through Marevo has not ...". */
    private static final Set<String> LINKS = WordSets.named("unheld-noun-links");
    /** How many words such a phrase may hold, with the auxiliary after it. */
    private static final int MODIFIER_WORDS = 5;
    /** Participles of a plan that run a longer subject on: "a vigil planned for Friday outside the court was called off". */
    private static final Set<String> PLANNED = WordSets.named("unheld-planned-participles");
    /** How many words a subject may hold when such a participle stands in it (r2b); bounded, as the scan is per noun hit. */
    private static final int PLANNED_WORDS = 10;

    private UnheldSubjects() {}

    /** True when the noun hit is right before an auxiliary, a negation and a verb of coming about. */
    static boolean denied(List<Token> tokens, Hit h) {
        if (h.trigger().form() == Trigger.Form.SPEECH || h.actionForm(tokens) && !afterArticle(tokens, h)) {
            return false; // a noun only: "protest", not "protested"; "a gathering" is a noun still
        }
        int k = afterModifier(tokens, h.last() + 1);
        if (!is(tokens, k, AUXILIARIES)) {
            return false;
        }
        k++;
        if (cancelled(tokens, k)) {
            return true; // "was called off", "has been cancelled": the event was not held
        }
        // "has not been announced", "has yet to be called": "yet" denies as "not" does
        if (!is(tokens, k, NEGATIONS)) {
            return false;
        }
        k++;
        while (is(tokens, k, BETWEEN)) {
            k++;
        }
        return is(tokens, k, COMING_ABOUT);
    }

    /** True when a calling-off opens at {@code k}, after the auxiliary: "(was) called off", "(has) been cancelled". */
    private static boolean cancelled(List<Token> tokens, int k) {
        while (is(tokens, k, BETWEEN)) {
            k++;
        }
        if (!is(tokens, k, CANCELLED)) {
            return false;
        }
        return !PHRASAL.contains(tokens.get(k).lower()) || is(tokens, k + 1, CANCEL_PARTICLES);
    }

    /**
     * The token after a short phrase that tells where or what the noun is ("through Marevo", "at the
     * depot", "over pay", or a plan's longer "planned for Friday outside the court"), or {@code k}
     * itself when no such phrase opens there.
     */
    private static int afterModifier(List<Token> tokens, int k) {
        boolean planned = is(tokens, k, PLANNED);
        if (!planned && !is(tokens, k, LINKS)) {
            return k;
        }
        for (int j = k + 1; j < tokens.size() && j <= k + PLANNED_WORDS; j++) {
            if (!tokens.get(j).word()) {
                return k; // a comma or a stop: the subject does not run on
            }
            if (is(tokens, j, AUXILIARIES)) {
                // "a protest planned for Friday outside the court was": the plan's words belong to the subject
                return j <= k + MODIFIER_WORDS || planned ? j : k;
            }
            planned |= is(tokens, j, PLANNED);
        }
        return k;
    }

    /** Articles that make an -ing word after them a noun: "a gathering", "the meeting". */
    private static final Set<String> ARTICLES = WordSets.named("unheld-articles");

    /** True when the one-word hit stands right after an article: "a gathering", not "were gathering". */
    private static boolean afterArticle(List<Token> tokens, Hit h) {
        return h.first() == h.last() && h.first() > 0 && is(tokens, h.first() - 1, ARTICLES);
    }

    private static boolean is(List<Token> tokens, int k, Set<String> words) {
        return k < tokens.size() && tokens.get(k).word() && words.contains(tokens.get(k).lower());
    }
}
