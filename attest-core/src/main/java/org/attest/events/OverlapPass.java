package org.attest.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Resolves hits that share tokens: the one covering more tokens wins ("sentenced ... to death"
 * over "death", "massacre of ... prisoners" over "massacre"); for equal length the earlier lexicon
 * line wins. A phrase with a gap whose opening words a gapless phrase reads on into the gap loses
 * first ({@link #overrun}). A death's phrase that ends on an arrest ("died ... after being
 * detained") leaves the arrest standing: two happenings ({@link #endsOnOwnHappening}). Returns the
 * survivors in text order.
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
                if (k.overlaps(h) && !endsOnOwnHappening(k, h)) {
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

    /** Types a death's phrase may end on and still leave as a happening of their own. */
    private static final Set<String> OWN_AT_END = WordSets.named("own-happening-at-phrase-end-types");
    /** Types whose phrase tells a happening before them: "died ... after being detained". */
    private static final Set<String> TOLD_AFTER = WordSets.named("told-after-another-happening-types");

    /**
     * True when the winning phrase {@code k} ends on the hit {@code h} of another type that is a
     * happening of its own: "died two days after being detained" tells the death and the arrest
     * before it, each with its own day.
     */
    private static boolean endsOnOwnHappening(Hit k, Hit h) {
        return TOLD_AFTER.contains(k.type()) && OWN_AT_END.contains(h.type()) && h.last() == k.last() && h.first() > k.first();
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
