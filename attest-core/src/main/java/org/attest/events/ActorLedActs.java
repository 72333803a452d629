package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * An act told with armed actors as its subject: "the gunmen ... opened fire", "the attackers, in two
 * cars, opened fire on the post". A determiner before the actors names them, known from an earlier
 * sentence, not the act: the sentence goes on to tell what they did, a step of the attack a reader
 * counts on its own ("gunmen ambushed a patrol on Monday. The gunmen opened fire as it crossed a
 * bridge"), and armed men who are no force attack even when their victims' deaths were told first.
 * Static helper of {@link Guards#refersBack} and {@link Retellings#firingOfToldKilling}.
 */
final class ActorLedActs {
    private ActorLedActs() {}

    /** Nouns of armed actors: "gunmen", "attackers", "assailants", "militants". */
    private static final Set<String> ACTORS = WordSets.named("armed-actor-openers");
    /** Tokens an aside set off by commas may hold between the actors and the act: ", travelling in two trucks,". */
    private static final int ASIDE_REACH = 12;

    /** True when {@code hit} is an action phrase opening with armed actors and reaching its verb past a gap. */
    static boolean actorLed(Hit hit) {
        Trigger t = hit.trigger();
        if (!t.action() || !t.phrase().contains(" ... ")) {
            return false;
        }
        String first = t.phrase().substring(0, t.phrase().indexOf(' '));
        return ACTORS.contains(first.startsWith("=") ? first.substring(1) : first);
    }

    /**
     * True when the hit is actor-led by its phrase, or when armed actors stand right before it as
     * its subject, or before an aside between commas that ends right before it ("the attackers,
     * travelling in two trucks, opened fire on the checkpoint").
     */
    static boolean actorLed(List<Token> tokens, Hit hit) {
        if (actorLed(hit)) {
            return true;
        }
        int k = hit.first() - 1;
        if (k >= 0 && tokens.get(k).surface().equals(",")) {
            int open = k - 1;
            while (open >= 0 && k - open <= ASIDE_REACH && !tokens.get(open).surface().equals(",")) {
                open--;
            }
            if (open < 0 || k - open > ASIDE_REACH) {
                return false;
            }
            k = open - 1;
        }
        return k >= 0 && tokens.get(k).word() && ACTORS.contains(tokens.get(k).lower());
    }
}
