package org.attest.places;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stretches of words (first and last word) of the candidates the context rejected (persons,
 * organisations): the gap passes take a name the context settled for no unknown town and no slip
 * of another name. The candidate finder's candidates never overlap, so each word opens at most
 * one of them: the stretches are kept as one int per word, where a set of boxed keys cost an
 * object per rejected candidate of every document. Made per document, read only once built.
 */
final class RejectedStretches {
    /** By first word, the last word of the rejected candidate it opens, or -1. */
    private final int[] lastByFirst;
    /** Stretches opened by a word that already opens another (none from the candidate finder), or null. */
    private Set<Long> more;

    RejectedStretches(List<Candidate> cands, int words) {
        lastByFirst = new int[words];
        Arrays.fill(lastByFirst, -1);
        for (Candidate c : cands) {
            if (c.alive()) {
                continue;
            }
            if (lastByFirst[c.first] < 0 || lastByFirst[c.first] == c.last) {
                lastByFirst[c.first] = c.last;
            } else {
                if (more == null) {
                    more = new HashSet<>();
                }
                more.add((long) c.first << 32 | c.last);
            }
        }
    }

    /** True when a rejected candidate runs from word {@code first} to word {@code last}. */
    boolean contains(int first, int last) {
        return first >= 0 && first < lastByFirst.length
                && (lastByFirst[first] == last || more != null && more.contains((long) first << 32 | last));
    }
}
