package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Told with its agent the killed are the victims: an accusation or a conviction told before "killed by" or
 * "lynched by" is the victims', so the killing stays; in the active voice it is still the killer's, no killing told.
 */
class PassiveVictimsTest {

    @Test
    void theAccusedWhoWereKilledAreVictims() {
        assertThat(TestDocs.types("In May 2019, a trader accused of insulting the prophet was lynched by a crowd in Velmar."))
                .contains("killing");
        assertThat(TestDocs.types("Two men accused of sorcery were killed by villagers near Velmar in March 2018."))
                .contains("killing");
    }

    @Test
    void theAccusedKillerTellsNoKilling() {
        assertThat(TestDocs.types("The court heard that the man was accused of having killed his neighbour."))
                .doesNotContain("killing");
    }

    @Test
    void anAccidentStaysNone() {
        assertThat(TestDocs.types("Two miners were killed in an accident at the quarry near Velmar."))
                .doesNotContain("killing");
    }
}
