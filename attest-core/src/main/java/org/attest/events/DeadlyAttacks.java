package org.attest.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Drops the attack of a sentence that also tells a killing: "an air strike on the market killed 12
 * people", "shelling hit the town, killing eight" and "two bomb blasts killed 26" report one event,
 * the killing, whose means the strike or blast only names. The trigger lexicon already types
 * shooting that kills so ("opened fire ..., killing two" is no attack line); this carries the same
 * reading to the other words of armed violence (strikes, shelling, bombs, "attack"). Three of the
 * five annotators of the types51 round type such a sentence as the killing alone. An attack that
 * kills no one stays an attack, and so does an attempt that failed to kill, and one on property ("troops burned the houses, and the bodies
 * of twelve herders were found"): burning or looting is a deed of its own, not the means of the deaths.
 *
 * <p>An assault told by its own word, a bomb, a bomber or an attack ("a suicide bomber killed 12 at a market", "a
 * remote-controlled bomb struck a coach, killing 11", "youths attacked a meeting, stabbing an agent to death"), also
 * stays beside its killing (attack190): across the five sets of that round annotators typed such a sentence `attack`
 * five times, `killing` twice and both once, so the sentence gives both events, and whichever type a reader
 * chose is found. So do a drone or air strike and gunmen who open fire (kill200: the annotators of ev200-ev204 gave
 * both events in seven of nine such sentences). Shelling and a force's shots stay the means of the deaths they tell,
 * as the types51 annotators read them.
 *
 * <p>It runs on the dated hits, not among the {@link HitPass}es: the attack still dates the killing
 * it names ("a 2011 bombing, which killed nine people" is a killing of 2011).
 */
final class DeadlyAttacks {
    private static final String ATTACK = "attack";
    private static final String KILLING = "killing";
    /** Words of an attack on property: "burned", "set fire", "looted", "stormed". */
    private static final Set<String> PROPERTY = WordSets.named("property-attack-words");
    /** Words of an attack on a life that failed to take it: "attempts on their lives". */
    private static final Set<String> FAILED = WordSets.named("failed-attack-words");
    /** Words that name an assault as a deed of its own: "bomb", "bomber", "attacked". */
    private static final Set<String> ASSAULT = WordSets.named("assault-attack-words");

    private DeadlyAttacks() {}

    /** The sentence's dated hits less its attacks, when one of them is a killing. */
    static List<DatePass.Dated> killingOnly(List<DatePass.Dated> dated) {
        if (!anyKilling(dated)) {
            return dated;
        }
        return dated.stream().filter(d -> !d.hit().type().equals(ATTACK) || onProperty(d.hit()) || failed(d.hit()) || assault(d.hit())).toList();
    }

    /** A loop rather than a stream: every sentence with dated hits asks. */
    private static boolean anyKilling(List<DatePass.Dated> dated) {
        for (DatePass.Dated d : dated) {
            if (d.hit().type().equals(KILLING)) {
                return true;
            }
        }
        return false;
    }

    /** True when the attack's lexicon phrase names a deed against property ("=burned ... villages"). */
    private static boolean onProperty(Hit h) {
        return phraseHas(h, PROPERTY);
    }

    /**
     * True when the attack's lexicon phrase names an attempt that failed ("attempt on their lives"):
     * "35 were killed and 80 survived attempts on their lives" tells the survivors' attacks beside
     * the deaths, not the means of them (r2a).
     */
    private static boolean failed(Hit h) {
        return phraseHas(h, FAILED);
    }

    /** True when the attack's lexicon phrase names the assault itself: a bomb, a bomber, an attack. */
    private static boolean assault(Hit h) {
        return phraseHas(h, ASSAULT);
    }

    private static boolean phraseHas(Hit h, Set<String> words) {
        for (String w : h.trigger().phrase().split(" ")) {
            if (words.contains(w.replace("=", "").toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
