package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnumerationsTest {
    @Test
    void namesFoldToLowerCaseWordsWithoutAccentsOrPunctuation() {
        assertThat(Enumerations.fold("Kahrīzak")).isEqualTo(Enumerations.fold("kahrizak")).isEqualTo("kahrizak");
        assertThat(Enumerations.fold("  Sar-e  Pol (town) ")).isEqualTo("sar e pol town");
        assertThat(Enumerations.fold("Bandar-e 'Abbas")).isEqualTo("bandar e abbas");
        assertThat(Enumerations.fold("Ābādān 2")).isEqualTo("abadan 2");
        assertThat(Enumerations.fold("--")).isEmpty();
    }
}
