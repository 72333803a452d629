package org.attest.events;

import java.util.List;

/**
 * Drops an attack hit from a sentence that keeps a killing: "an air strike on the market killed 12
 * people", "shelling hit the town, killing eight" and "two bomb blasts killed 26" report one event,
 * the killing, whose means the strike or blast only names. The trigger lexicon already types
 * shooting that kills so ("opened fire ..., killing two" is no attack line); this pass carries the
 * same reading to the other words of armed violence (strikes, shelling, bombs, "attack"). Most
 * annotators of wire and rights copy type such a sentence as the killing alone. An attack that
 * kills no one stays an attack.
 */
final class DeadlyAttacks implements HitPass {
    private static final String ATTACK = "attack";
    private static final String KILLING = "killing";

    @Override
    public String name() {
        return "deadly-attacks";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        if (hits.stream().noneMatch(h -> h.type().equals(KILLING))) {
            return hits;
        }
        return HitLists.matching(hits, h -> !h.type().equals(ATTACK));
    }
}
