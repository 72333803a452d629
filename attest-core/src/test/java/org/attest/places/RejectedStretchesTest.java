package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rejected candidates' stretches: exactly those, by first and last word, and no live candidate's. */
class RejectedStretchesTest {
    private static Candidate candidate(int first, int last, String rejected) {
        Candidate c = new Candidate(first, last, new int[0], false, List.of());
        c.rejected = rejected;
        return c;
    }

    @Test
    void holdsTheStretchesOfRejectedCandidatesOnly() {
        RejectedStretches s = new RejectedStretches(List.of(candidate(0, 1, "person"), candidate(3, 3, null),
                candidate(5, 7, "organisation name")), 10);
        assertThat(s.contains(0, 1)).isTrue();
        assertThat(s.contains(5, 7)).isTrue();
        assertThat(s.contains(0, 0)).isFalse(); // a stretch inside a rejected one is none
        assertThat(s.contains(5, 6)).isFalse();
        assertThat(s.contains(3, 3)).isFalse(); // alive
        assertThat(s.contains(9, 9)).isFalse();
        assertThat(s.contains(-1, 0)).isFalse();
        assertThat(s.contains(10, 10)).isFalse();
    }

    @Test
    void keepsTwoStretchesThatOpenAtOneWord() {
        RejectedStretches s = new RejectedStretches(List.of(candidate(2, 2, "person"), candidate(2, 4, "person")), 6);
        assertThat(s.contains(2, 2)).isTrue();
        assertThat(s.contains(2, 4)).isTrue();
        assertThat(s.contains(2, 3)).isFalse();
    }
}
