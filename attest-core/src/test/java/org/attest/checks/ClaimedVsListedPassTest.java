package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimedVsListedPassTest {
    @Test
    void aCueCountsOnlyAsWholeWords() {
        assertThat(ClaimedVsListedPass.containsWord(" rallies in cities such as ", "such as")).isTrue();
        assertThat(ClaimedVsListedPass.containsWord(" including: ", "including")).isTrue();
        assertThat(ClaimedVsListedPass.containsWord(" (among them) ", "among")).isTrue();
        assertThat(ClaimedVsListedPass.containsWord(" amongst the towns ", "among")).isFalse();
        assertThat(ClaimedVsListedPass.containsWord(" not excluding ", "including")).isFalse();
        assertThat(ClaimedVsListedPass.containsWord("among ", "among")).isFalse();
        // a later whole-word use counts even after one inside a word
        assertThat(ClaimedVsListedPass.containsWord(" amongst others, among them ", "among")).isTrue();
        assertThat(ClaimedVsListedPass.containsWord(" éincluding ", "including")).isFalse();
    }
}
