package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An act set inside a stretch whose start the sentence dates: "About 40 people were killed during
 * less than two weeks of unrest that began on 27 February". The clause of "that began" sits behind a
 * clause barrier, yet its date is the best the sentence gives the killing: the stretch's first day
 * (its month, at least, is the act's). The stretch's own noun, when it is a hit, takes it too.
 * Static helpers of {@link DatePass}. Words from {@code word-sets.tsv}.
 */
final class StartedStretches {
    private static final Set<String> START_VERBS = WordSets.named("stretch-start-verbs");
    private static final Set<String> PREPOSITIONS = WordSets.named("stretch-prepositions");
    private static final Set<String> RELATIVES = Set.of("that", "which");
    /** Words between the start verb and the date: "began in Iran on". */
    private static final int VERB_REACH = 5;
    /** Words of the stretch's noun phrase: "less than two weeks of unrest". */
    private static final int NOUN_REACH = 7;
    /** Words between the act and the preposition: "were killed during", "were killed in clashes during". */
    private static final int ACT_REACH = 2;

    private StartedStretches() {}

    /**
     * The hits the date at token {@code first} dates as the start of the stretch they lie in: the
     * act before the preposition and the stretch's noun when it is a hit; empty when the date
     * closes no such clause.
     */
    static List<Integer> datedBy(int first, List<Hit> hits, List<Token> tokens) {
        int verb = startVerbBefore(first, tokens);
        if (verb < 2 || !RELATIVES.contains(tokens.get(verb - 1).lower())) {
            return List.of();
        }
        int preposition = prepositionBefore(verb - 2, tokens);
        if (preposition < 1) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            boolean act = h.last() < preposition && preposition - h.last() <= ACT_REACH;
            boolean stretch = h.first() > preposition && h.last() < verb - 1;
            if (act || stretch) {
                out.add(i);
            }
        }
        return out.stream().anyMatch(i -> hits.get(i).last() < preposition) ? out : List.of();
    }

    private static int startVerbBefore(int first, List<Token> tokens) {
        for (int k = first - 1; k >= 0 && first - k <= VERB_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return -1;
            }
            if (START_VERBS.contains(t.lower())) {
                return k;
            }
        }
        return -1;
    }

    private static int prepositionBefore(int last, List<Token> tokens) {
        for (int k = last; k >= 0 && last - k < NOUN_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return -1;
            }
            if (PREPOSITIONS.contains(t.lower())) {
                return k;
            }
        }
        return -1;
    }
}
