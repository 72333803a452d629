package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2b (invented sentences): "Lena Ruiz, a 23-year-old protester" in a sentence of a death
 * sentence or an arrest describes the victim, however far from the trigger; without such an event,
 * or without the name, the participant noun is read as before.
 */
class NamedVictimDescriptionsTest {
    @Test
    void aNamedProtesterInAppositionIsTheVictim() {
        assertThat(types("Judges handed down at least seven new death sentences in the spring, among them one against Tomas Vell, a 31-year-old protester from Arlen."))
                .contains("death_sentence").doesNotContain("protest");
    }

    @Test
    void protestersNotInAppositionStay() {
        assertThat(types("Thousands of protesters marched through Arlen on Saturday."))
                .contains("protest");
    }
}
