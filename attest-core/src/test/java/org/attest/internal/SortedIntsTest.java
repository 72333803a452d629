package org.attest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortedIntsTest {
    private final int[] starts = {3, 7, 7, 7, 12};

    @Test
    void firstAtOrAfterNamesTheFirstOfEqualValues() {
        assertThat(SortedInts.firstAtOrAfter(starts, 7)).isEqualTo(1);
        assertThat(SortedInts.firstAtOrAfter(starts, 0)).isZero();
        assertThat(SortedInts.firstAtOrAfter(starts, 8)).isEqualTo(4);
        assertThat(SortedInts.firstAtOrAfter(starts, 13)).isEqualTo(5);
        assertThat(SortedInts.firstAtOrAfter(new int[0], 5)).isZero();
    }

    @Test
    void firstAfterPassesEqualValues() {
        assertThat(SortedInts.firstAfter(starts, 7)).isEqualTo(4);
        assertThat(SortedInts.firstAfter(starts, 2)).isZero();
        assertThat(SortedInts.firstAfter(starts, Integer.MAX_VALUE)).isEqualTo(5);
    }
}
