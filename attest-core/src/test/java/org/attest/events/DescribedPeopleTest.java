package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * A participle of arrest or sentencing right after a noun of persons that a preposition governs picks
 * out those people and tells no arrest; the participle as the clause's verb stays. Round extra211
 * (7 December 2026); all sentences and names are invented.
 */
class DescribedPeopleTest {

    @Test
    void aParticipleAfterAGovernedNounOfPersonsIsNoArrest() {
        assertThat(types("The ruling is the third against activists detained during the winter unrest in Orland."))
                .doesNotContain("arrest");
        assertThat(types("The lawyers' guild has listed the cases of at least 40 men jailed for posts about the governor."))
                .doesNotContain("other");
    }

    @Test
    void theParticipleAsTheVerbStays() {
        assertThat(types("Police in Orland detained 40 activists on Sunday."))
                .contains("arrest");
        assertThat(types("Forty activists were detained in Orland on Sunday."))
                .contains("arrest");
    }

}
