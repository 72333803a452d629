package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * In a heading or title-like line, keeps only action triggers. Headings such as "A new wave of
 * arrests" or "The boycott campaign" name a topic the text then reports, and would duplicate or
 * invent events; a caption that states an action ("Supporters call for a boycott") is kept.
 */
final class HeadingPass implements HitPass {
    @Override
    public String name() {
        return "heading";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        if (!sentence.heading()) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            if (h.actionForm(sentence.tokens())) {
                kept.add(h);
            }
        }
        return kept;
    }
}
