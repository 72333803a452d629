package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tear gas, water cannon, pepper spray or stun grenades fired at or used on a crowd are the
 * protest's policing, part of the protest the sentence tells, not an attack of their own: "police
 * fired tear gas and water cannon at students who marched", "troops used tear gas to disperse 300
 * protesters". The force is an attack only when the sentence tells it on its own: harm done
 * ("injuring nine", "hit by a canister", "beaten") or another weapon ("rubber bullets", "live
 * rounds", "batons"). Drops the force lines' attack hits (the verb or the people fired at) in a
 * sentence whose only weapons are those of crowd control and that tells no harm. Gas fired at
 * journalists is no crowd's policing, and stays. This turns back attack50 (and force40), which had
 * typed such force an attack beside the protest.
 */
final class CrowdControlForce implements HitPass {
    /** Words of the weapons of crowd control: "tear", "cannon", "pepper", "stun". */
    private static final Set<String> WEAPONS = WordSets.named("crowd-control-weapons");
    /** Words that tell the force on its own: harm done, or a weapon beyond crowd control. */
    private static final Set<String> HARM = WordSets.named("crowd-control-harm");
    /** Prefixes of such words: "injur" (injured, injuring, injuries), "wound", "bullet". */
    private static final Set<String> HARM_PREFIXES = WordSets.named("crowd-control-harm-prefixes");
    /** First words of the force lines' phrases: "=fired", "=at", "=used", "=with", "responded". */
    private static final Set<String> FORCE_HEADS = WordSets.named("crowd-control-force-heads");

    @Override
    public String name() {
        return "crowd-control-force";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        if (hits.stream().noneMatch(h -> h.type().equals("attack"))) {
            return hits;
        }
        List<Token> tokens = sentence.tokens();
        if (!crowdControlOnly(tokens)) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!(h.type().equals("attack") && FORCE_HEADS.contains(firstWord(h.trigger().phrase())) && !atThePress(h))) {
                kept.add(h);
            }
        }
        return kept.size() == hits.size() ? hits : kept;
    }

    /** True for the line of gas fired at journalists: the press covers a protest and is none of its crowd. */
    private static boolean atThePress(Hit h) {
        return h.trigger().phrase().endsWith("journalist");
    }

    private static String firstWord(String phrase) {
        int sp = phrase.indexOf(' ');
        return sp < 0 ? phrase : phrase.substring(0, sp);
    }

    /** True when the sentence names a weapon of crowd control and no harm or other weapon. */
    private static boolean crowdControlOnly(List<Token> tokens) {
        boolean weapon = false;
        for (Token t : tokens) {
            if (!t.word()) {
                continue;
            }
            String w = t.lower();
            if (HARM.contains(w) || HARM_PREFIXES.stream().anyMatch(w::startsWith)) {
                return false;
            }
            weapon |= WEAPONS.contains(w) || w.startsWith("teargas") || w.startsWith("tear-gas");
        }
        return weapon;
    }
}
