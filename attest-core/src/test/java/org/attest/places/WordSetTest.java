package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.gazetteer.NameKeys;
import org.junit.jupiter.api.Test;

class WordSetTest {
    private final WordSet set = WordSet.of("tehran", "aan", NameKeys.fold("\u00c9vry"), "rio grande");

    @Test
    void aWordOfTheTextIsMetInAnyCase() {
        Tokens t = new Tokens("TEHRAN and Tehran, not Tehrans or Teh");
        assertThat(t.size).isEqualTo(7);
        assertThat(set.has(t, 0)).isTrue();
        assertThat(set.has(t, 2)).isTrue();
        assertThat(set.has(t, 1)).isFalse();
        assertThat(set.has(t, 4)).isFalse();
        assertThat(set.has(t, 6)).isFalse();
    }

    @Test
    void aWordOfEqualHashIsNoMember() {
        // "ac0" and "aan" share their String hash: the letters decide
        assertThat("ac0".hashCode()).isEqualTo("aan".hashCode());
        Tokens t = new Tokens("ac0 AAN");
        assertThat(set.has(t, 0)).isFalse();
        assertThat(set.has(t, 1)).isTrue();
        assertThat(set.contains("ac0")).isFalse();
        assertThat(set.contains("aan")).isTrue();
    }

    @Test
    void wordsBeyondAsciiAndPhrasesAreMembersAsInTheSet() {
        Tokens t = new Tokens("\u00c9vry");
        assertThat(set.has(t, 0)).isTrue();
        assertThat(set.contains("rio grande")).isTrue();
        assertThat(set.contains("rio")).isFalse();
        assertThat(set.contains(42)).isFalse();
        assertThat(set).hasSize(4).contains("tehran");
        assertThat(t.ascii(0)).isFalse();
    }
}
