package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The word lists of word-sets.tsv as the passes read them. */
class WordSetsTest {
    @Test
    void listsAreReadByName() {
        assertThat(WordSets.named("kin")).contains("relatives", "families").doesNotContain("protesters");
        assertThat(WordSets.named("befell")).containsExactlyInAnyOrder("died", "perished", "drowned", "suffocated");
    }

    @Test
    void aListTheFileLacksFailsLoudly() {
        assertThatThrownBy(() -> WordSets.named("no-such-list")).hasMessageContaining("no list 'no-such-list'");
    }
}
