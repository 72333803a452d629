package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops an attribution frame ({@link Trigger.Form#FRAME}: "said in a statement") when its sentence
 * reports an event of another type: in "at least 13 people were killed, the group said in a
 * statement on Friday" the statement only says who reports the killing. A statement that is the
 * sentence's only news ("the ministry said in a statement that talks would resume") stays.
 */
final class AttributionPass implements HitPass {
    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        boolean frame = false;
        for (Hit h : hits) {
            frame |= h.trigger().form() == Trigger.Form.FRAME;
        }
        if (!frame) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (h.trigger().form() != Trigger.Form.FRAME || !otherNews(hits, h)) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static boolean otherNews(List<Hit> hits, Hit frame) {
        for (Hit h : hits) {
            if (!h.type().equals(frame.type())) {
                return true;
            }
        }
        return false;
    }
}
