package org.attest.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Resolves hits that share tokens: the one covering more tokens wins ("sentenced ... to death"
 * over "death", "massacre of ... prisoners" over "massacre"); for equal length the earlier lexicon
 * line wins. Returns the survivors in text order.
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
        List<Hit> byStrength = new ArrayList<>(hits);
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
}
