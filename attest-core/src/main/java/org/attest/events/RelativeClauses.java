package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A step told in a relative clause of the people a later event of the sentence befalls: "Three
 * men who were sentenced to death over last year's protests were executed on Friday". The clause
 * says who was executed; the death sentence is an earlier step of the execution the sentence
 * reports, not news of its own. Static helper of {@link NegationPass}.
 */
final class RelativeClauses {
    private RelativeClauses() {}

    /** Relative pronouns that open the clause: "men who were sentenced". */
    private static final Set<String> RELATIVES = WordSets.named("relative-pronouns");
    /** Auxiliaries of the clause's passive: "who were", "who had been". */
    private static final Set<String> AUXILIARIES = WordSets.named("relative-auxiliaries");
    /** Pairs of a step and the event it leads to: "death_sentence>execution". */
    private static final Set<String> STEPS = WordSets.named("steps-to-events");

    /**
     * True when {@code h} opens with a relative pronoun and passive auxiliaries right before it,
     * and a later hit of the sentence is the event that step leads to.
     */
    static boolean stepOfLaterEvent(List<Token> tokens, Hit h, List<Hit> hits) {
        int k = h.first() - 1;
        int aux = 0;
        while (k >= 0 && tokens.get(k).word() && AUXILIARIES.contains(tokens.get(k).lower()) && aux < 2) {
            k--;
            aux++;
        }
        if (aux == 0 || k < 0 || !tokens.get(k).word() || !RELATIVES.contains(tokens.get(k).lower())) {
            return false;
        }
        for (Hit o : hits) {
            if (o.first() > h.last() && STEPS.contains(h.type() + ">" + o.type())) {
                return true;
            }
        }
        return false;
    }
}
