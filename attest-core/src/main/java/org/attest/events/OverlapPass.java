package org.attest.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves hits that share tokens: the one covering more tokens wins ("sentenced ... to death"
 * over "death", "massacre of ... prisoners" over "massacre"); for equal length the earlier lexicon
 * line wins. A phrase with a gap whose opening words a gapless phrase reads on into the gap loses
 * first ({@link #overrun}). Returns the survivors in text order.
 */
final class OverlapPass implements HitPass {
    @Override
    public String name() {
        return "overlap";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        if (hits.size() < 2) {
            return hits;
        }
        List<Hit> byStrength = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!overrun(h, hits)) {
                byStrength.add(h);
            }
        }
        byStrength.sort(Comparator.comparingInt(Hit::tokenLength).reversed()
                .thenComparingInt(h -> h.trigger().order()));
        List<Hit> kept = new ArrayList<>();
        for (Hit h : byStrength) {
            boolean free = true;
            for (Hit k : kept) {
                if (k.overlaps(h)) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::first));
        return kept;
    }

    /**
     * True when a phrase with a gap has its opening words read by a gapless phrase that goes on
     * into the gap: in "have taken to the streets to protest the long detention of two editors", "taken to
     * the streets" is the phrase, and "taken to ... detention" a misreading across it.
     */
    static boolean overrun(Hit g, List<Hit> hits) {
        int lead = g.trigger().lead();
        if (lead == g.trigger().words().size()) {
            return false;
        }
        int leadLast = g.first() + lead - 1;
        for (Hit h : hits) {
            if (h != g && h.trigger().lead() == h.trigger().words().size()
                    && h.first() <= leadLast && h.last() > leadLast && h.last() < g.last()) {
                return true;
            }
        }
        return false;
    }
}
