package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops a participant-noun hit ("protesters", "rioters") that is the subject of an attack told as
 * an act right after it: in "protesters set fire to the party's headquarters" or "demonstrators
 * stormed the district jail" the crowd's deed is the attack, and the noun only names who did it,
 * as the gold of wire copy types such sentences (the attack alone). A protest told by a noun or
 * verb of its own beside the attack ("marched ... and protesters set fire to the town hall door")
 * keeps that hit; a noun farther from the act ("protesters, who had gathered since dawn, later
 * stormed the jail") still counts as a protest. A protest act the same subject goes on to in the
 * same clause ("attacked the officers with stones and set fire to stubble") is part of the attack.
 */
final class AgentPass implements HitPass {
    /** Words that may stand between the subject and its act: "protesters also set fire to", "rioters had stormed". */
    private static final Set<String> LINKS = WordSets.named("agent-links");
    /** How many such words may stand between them. */
    private static final int REACH = 2;

    @Override
    public String name() {
        return "agents";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Hit> attacks = HitLists.matching(hits, h -> h.type().equals("attack") && h.actionForm(sentence.tokens()));
        if (attacks.isEmpty()) {
            return hits;
        }
        List<Token> tokens = sentence.tokens();
        List<Hit> committed = HitLists.matching(attacks, a -> hits.stream().anyMatch(
                h -> h.trigger().form() == Trigger.Form.PERSON && subjectOf(tokens, h, a)));
        if (committed.isEmpty()) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            boolean agent = h.trigger().form() == Trigger.Form.PERSON && committed.stream().anyMatch(a -> subjectOf(tokens, h, a));
            if (!agent && !(Strikes.protestOrStrike(h) && committed.stream().anyMatch(a -> joinedAfter(tokens, a, h)))) {
                kept.add(h);
            }
        }
        return kept;
    }

    /**
     * True when the protest act {@code h} is a further verb of the attack's subject, joined to it by
     * "and" in the same clause ("attacked them with stones and set fire to stubble"): part of the attack.
     */
    private static boolean joinedAfter(List<Token> tokens, Hit attack, Hit h) {
        if (!h.actionForm(tokens) || h.first() <= attack.last() || !tokens.get(h.first() - 1).lower().equals("and")) {
            return false;
        }
        for (int k = attack.last() + 1; k < h.first(); k++) {
            if (tokens.get(k).clauseBreak()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the attack starts right after the noun, past at most {@link #REACH} linking words, in
     * the active voice: "protesters shot by the police" and "a protester was shot" are its victims.
     */
    private static boolean subjectOf(List<Token> tokens, Hit person, Hit attack) {
        int k = person.last() + 1;
        for (int links = 0; links < REACH && k < tokens.size() && LINKS.contains(tokens.get(k).lower()); links++) {
            k++;
        }
        return attack.first() == k && !PASSIVE.contains(tokens.get(k).lower())
                && !(attack.last() + 1 < tokens.size() && tokens.get(attack.last() + 1).lower().equals("by"));
    }

    /** Words that open a passive, whose subject suffers the attack: "a protester was shot". */
    private static final Set<String> PASSIVE = Set.of("was", "were", "is", "are", "been", "being", "got");
}
