package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops participant-noun hits ("protesters", "demonstrators") when the sentence also reports an
 * event that counts people as its victims ({@link EventType#absorbsParticipants()}): in "dozens of demonstrators
 * were killed" the noun names the victims of one killing, not a second, protest event. Only a noun
 * within {@link #REACH} words of such an event is its victim: in "police fired tear gas at
 * protesters in the capital, a day after 22 people were killed", the protesters protest. A
 * protest named by an event noun or verb ("killed during the protest", "protesters marched") stays.
 */
final class VictimPass implements HitPass {
    /** Words between a participant noun and a violent event's trigger within which it names the victims. */
    static final int REACH = 6;

    private final EventLexicon lexicon;

    VictimPass(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "victims";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Hit> violent = new ArrayList<>(2);
        for (Hit h : hits) {
            EventType t = lexicon.type(h.type());
            if (t != null && t.absorbsParticipants()) {
                violent.add(h);
            }
        }
        if (violent.isEmpty()) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (h.trigger().form() != Trigger.Form.PERSON || !nearAny(sentence.tokens(), h, violent)) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static boolean nearAny(List<Token> tokens, Hit person, List<Hit> violent) {
        for (Hit v : violent) {
            int from = Math.min(person.last(), v.last());
            int to = Math.max(person.first(), v.first());
            int words = 0;
            for (int k = from + 1; k < to; k++) {
                if (tokens.get(k).word()) {
                    words++;
                }
            }
            if (words <= REACH) {
                return true;
            }
        }
        return false;
    }
}
