package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops participant-noun hits ("protesters", "demonstrators") when the sentence also reports an
 * event that counts people as its victims ({@link EventType#absorbsParticipants()}): in "dozens of demonstrators
 * were killed" the noun names the victims of one killing, not a second, protest event. A protest
 * named by an event noun or verb ("killed during the protest", "protesters marched") stays.
 */
final class VictimPass implements HitPass {
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
        boolean violent = false;
        for (Hit h : hits) {
            EventType t = lexicon.type(h.type());
            if (t != null && t.absorbsParticipants()) {
                violent = true;
                break;
            }
        }
        if (!violent) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (h.trigger().form() != Trigger.Form.PERSON) {
                kept.add(h);
            }
        }
        return kept;
    }
}
