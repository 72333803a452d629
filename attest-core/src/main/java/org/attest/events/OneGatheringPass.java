package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One gathering told with two types in a sentence: "supporters gathered in the square for the
 * rally, with police at every corner" has a rally ("gathered" by supporters) and the noun "rally"
 * typed a protest by a street cue ("police"). Both words name the same happening, so the protest
 * read off the rally noun goes and the rally stays. So does violence said to break out while
 * the crowd was gathered ("supporters had gathered for the rally when violence broke out"): the
 * rally disrupted, told as an attack where someone attacks it, not a protest of its own. A protest
 * told by other words ("marched", "chanted") is left alone: it may be a happening of its own.
 */
final class OneGatheringPass implements HitPass {
    private static final Set<String> RALLY_NOUNS = WordSets.named("one-gathering-nouns");
    /** Protest phrases that, beside a rally, tell what happened at it. */
    private static final Set<String> AT_THE_RALLY = WordSets.named("one-gathering-outbreaks");

    @Override
    public String name() {
        return "one-gathering";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        boolean rally = hits.stream().anyMatch(h -> h.type().equals("rally"));
        if (!rally) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!(Strikes.protestOrStrike(h) && sameGathering(sentence, h))) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static boolean sameGathering(SentenceContext sentence, Hit h) {
        if (h.first() == h.last() && RALLY_NOUNS.contains(sentence.tokens().get(h.first()).lower())) {
            return true;
        }
        // phrases are listed with "_" for their spaces: word sets hold single tokens
        return AT_THE_RALLY.contains(h.trigger().phrase().replace(' ', '_'));
    }
}
