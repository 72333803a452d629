package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops a protest or an attack that an official's statement only speaks of: in "the president said on
 * Friday that he would pardon students charged over earlier road blockades" or "the minister said the
 * protests had been an attempted coup" the news is the statement; the blockades and the protests are
 * its topic, told before, no event the sentence reports. A protest or attack named as a bare noun with a
 * referring word before it ("the protests", "earlier blockades", "such attacks"), or a participant
 * noun ("protesters"), inside the words that follow the kept speech verb is such a topic. An act
 * ("said protesters had blocked the road") still tells an event, and so does a noun in a clause of
 * the report's own after a comma ("..., as demonstrations continued"). Only a plain account the report
 * dates ("said on Friday", or a statement frame: "said in a statement on Tuesday that the walkout was
 * unlawful", other200) counts: an undated "said" is a frame the event silences ({@link
 * AttributionPass}), and a warning or a call ({@link PressingSpeech}) is news beside the protest it
 * names, as earlier rounds' gold has it. Runs after {@link SpeakerPass}, so a speech verb still
 * standing is an official's.
 */
final class SpokenOfEvents implements HitPass {
    /** Types a statement speaks of as its topic: protests and attacks it names, praises or condemns. */
    private static final Set<String> TYPES = WordSets.named("spoken-of-types");
    /** Words that point back to events told before: "the", "these", "earlier", "such". */
    private static final Set<String> REFERRING = WordSets.named("referring-determiners");
    /** Words that open a clause of the report's own after a comma: ", as", ", while". */
    private static final Set<String> BREAKS = WordSets.named("complement-breaks");
    /** Modifier words between the referring word and the noun at most: "earlier road blockades". */
    private static final int MODIFIERS = 1;

    @Override
    public String name() {
        return "spoken-of";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Token> tokens = sentence.tokens();
        int verb = -1;
        for (Hit h : hits) {
            // other200: a statement frame the report dates ("said in a statement on Tuesday that the
            // walkout was unlawful") speaks of what follows it as a plain "said on Wednesday" does
            if (h.trigger().form() == Trigger.Form.SPEECH || h.trigger().frame()) {
                // only a plain account the report dates stays beside what it tells ("said on Friday");
                // an undated "said" is a frame the protest silences, a warning or a call presses for it
                verb = DatedSpeech.dated(tokens, h) && !PressingSpeech.pressingVerb(tokens, h) ? h.last() : -1;
                break;
            }
        }
        if (verb < 0) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!(TYPES.contains(Strikes.kind(h)) && h.first() > verb && topic(tokens, h) && inComplement(tokens, verb, h.first()))) {
                kept.add(h);
            }
        }
        return kept.size() == hits.size() ? hits : kept;
    }

    /** True for a participant noun, or an event noun with a referring word before it. */
    private static boolean topic(List<Token> tokens, Hit h) {
        Trigger.Form form = h.trigger().form();
        if (form == Trigger.Form.PERSON) {
            return true;
        }
        if (form != Trigger.Form.NOUN) {
            return false;
        }
        int modifiers = 0;
        for (int k = h.first() - 1; k >= 0 && modifiers <= MODIFIERS; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (REFERRING.contains(t.lower())) {
                return true;
            }
            modifiers++;
        }
        return false;
    }

    /** True when no comma and clause opener stand between the speech verb and the hit. */
    private static boolean inComplement(List<Token> tokens, int verb, int first) {
        for (int k = verb + 1; k < first - 1; k++) {
            if (tokens.get(k).surface().equals(",") && tokens.get(k + 1).word() && BREAKS.contains(tokens.get(k + 1).lower())
                    || tokens.get(k).surface().equals(";")) {
                return false;
            }
        }
        return true;
    }
}
