package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Participants as an advocate's clients, round events87 (6 December 2026, invented sentences):
 * "a lawyer who has defended workers and protesters" describes the lawyer, no protest; the act the
 * sentence tells stays, and participants who act stay.
 */
class AdvocatesClientsTest {

    @Test
    void theClientsOfALawyerTellNoProtest() {
        assertThat(types("Attorney Lina Varga, who has represented dozens of protesters, was arrested at her office on Monday."))
                .containsExactly("arrest");
        assertThat(types("The bar association said it defends demonstrators free of charge.")).doesNotContain("protest");
    }

    @Test
    void participantsWhoActStay() {
        assertThat(types("Protesters who defended the barricades were beaten by police on Monday.")).contains("protest");
    }
}
