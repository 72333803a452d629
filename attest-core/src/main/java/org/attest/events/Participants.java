package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * Whether a participant noun ("protesters", "demonstrators") of a sentence reports a protest of
 * its own or only speaks of the people of one already reported: they act when they open the
 * sentence with a verb of their own; they are spoken of when they suffer a passive of harm, or
 * stand beside mentions that only point back. Static helpers of {@link EventStage}.
 */
final class Participants {
    private Participants() {}

    /** What is done to participants who are spoken of, not protesting: "several protesters were injured". */
    private static final Set<String> SUFFERED = WordSets.named("suffered");

    /** What befalls participants who are spoken of, in the active voice: "two protesters died at the scene". */
    private static final Set<String> BEFELL = WordSets.named("befell");

    /**
     * True when the participant noun is the subject of a passive of harm ("protesters were
     * injured") or of a death ("two protesters died").
     */
    static boolean sufferer(Hit h, List<Token> tokens) {
        int k = h.last() + 1;
        if (k < tokens.size() && BEFELL.contains(tokens.get(k).lower())) {
            return true;
        }
        if (k < tokens.size() && (tokens.get(k).lower().equals("were") || tokens.get(k).lower().equals("was"))) {
            k++;
        } else if (k + 1 < tokens.size() && tokens.get(k).lower().equals("had") && tokens.get(k + 1).lower().equals("been")) {
            k += 2;
        } else {
            return false;
        }
        return k < tokens.size() && SUFFERED.contains(tokens.get(k).lower());
    }

    /**
     * Words after a participant noun that make it no actor of its own: "demonstrators were beaten",
     * "after ordering protesters to leave" (the object of another verb).
     */
    private static final Set<String> NOT_ACTING = HashLookup.setOf("was", "were", "had", "have", "has", "been",
            "are", "is", "who", "whom", "whose", "of", "in", "at", "and", "or", "to", "from", "with", "for", "on");

    /** What participants do that goes on with a protest already told: "Protesters chanted ...". */
    private static final Set<String> CARRIED_ON = WordSets.named("carried-on");

    /** Words a sentence may open with before its subject: "The protesters", "Hundreds of protesters". */
    private static final int SUBJECT_REACH = 3;

    /**
     * True when the participant noun opens the sentence and a verb of its own follows ("Protesters
     * set fire to the offices and blocked the bridge"): a new action of the protest, not its
     * participants spoken of.
     */
    static boolean actingSubject(Hit h, List<Token> tokens) {
        int next = h.last() + 1;
        return h.first() <= SUBJECT_REACH && next < tokens.size() && tokens.get(next).word()
                && !tokens.get(next).capitalised() && !NOT_ACTING.contains(tokens.get(next).lower())
                && !BEFELL.contains(tokens.get(next).lower());
    }

    /** First words of protest triggers that name a crowd's policing: "tear gas", "water cannon". */
    private static final Set<String> POLICING = WordSets.named("policing-nouns");

    /**
     * True when the hit is a noun of a crowd's policing ("police fired tear gas", "water cannon
     * were used") or its breaking up ("to disperse the crowds"): like a participant noun, it tells
     * of a protest without reporting one of its own.
     */
    static boolean policing(Hit h, List<Token> tokens) {
        String first = tokens.get(h.first()).lower();
        return h.trigger().form() == Trigger.Form.NOUN && POLICING.contains(first)
                || h.trigger().form() == Trigger.Form.ACT && DISPERSING.contains(first);
    }

    /**
     * True when {@code h} is a crowd's {@link #policing} and an attack of its sentence holds a date
     * ({@code attached} runs parallel to {@code hits}): in "On Wednesday police fired tear gas at a
     * crowd" the day goes to the force's verb, the same moment as the crowd it met, so the crowd is
     * that day's, not a protest told before.
     */
    static boolean policingOfDatedForce(List<Hit> hits, List<List<DateMention>> attached, Hit h, List<Token> tokens) {
        if (!policing(h, tokens)) {
            return false;
        }
        for (int j = 0; j < hits.size(); j++) {
            if (hits.get(j).type().equals("attack") && !attached.get(j).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of breaking up a crowd that open protest triggers: "used tear gas to disperse the crowds". */
    private static final Set<String> DISPERSING = WordSets.named("dispersing-verbs");

    /**
     * True when every hit of the sentence but {@code h} is a participant noun or points back
     * ("The rally ended early after a noise caused panic among demonstrators"): the sentence
     * reports nothing new that the participants could take part in.
     */
    static boolean onlyMentions(List<Hit> hits, Hit h, List<Token> tokens, Guards guards) {
        for (Hit o : hits) {
            if (o != h && o.trigger().form() != Trigger.Form.PERSON && !policing(o, tokens) && !guards.refersBack(tokens, o)) {
                return false;
            }
        }
        return true;
    }

    /** Nouns of what a crowd says or holds up: "slogans", "placards". */
    private static final Set<String> CONTENT = WordSets.named("protest-content");

    /**
     * True when the hits of {@code type} in a sentence that names no place and no date of its own
     * only speak of a protest already reported through its participants or what they said or held
     * up ("participants voiced their anger with slogans such as ..."): a participant or content noun, and
     * besides it only verbs or nouns that point back ("about 300 protesters had gathered by dusk",
     * "police scuffled with demonstrators as they marched"). A fresh noun ("protesters then began a
     * march") is a new mention and keeps them all. The caller checks that the type was reported.
     */
    static boolean retold(List<Hit> hits, String type, List<Token> tokens, Guards guards) {
        boolean participant = false;
        for (Hit o : hits) {
            if (!Strikes.kind(o).equals(type)) {
                continue;
            }
            Trigger.Form form = o.trigger().form();
            if (form == Trigger.Form.PERSON) {
                if (actingSubject(o, tokens) && !CARRIED_ON.contains(tokens.get(o.last() + 1).lower())) {
                    return false; // "Protesters set fire to the offices": a new action of theirs
                }
                participant = true;
            } else if (form == Trigger.Form.NOUN && CONTENT.contains(tokens.get(o.first()).lower())) {
                participant = true; // "with slogans such as ...": what the crowd of the told protest said
            } else if (form == Trigger.Form.NOUN && !policing(o, tokens) && !guards.refersBack(tokens, o)) {
                return false;
            }
        }
        return participant;
    }
}
