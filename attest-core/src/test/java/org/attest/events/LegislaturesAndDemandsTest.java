package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A legislature named "Congress" is no gathering, and elections demanded are no vote. */
class LegislaturesAndDemandsTest {

    @Test
    void theClosureOfCongressIsNoRally() {
        assertThat(TestDocs.types("Marchers in Velna demanded the closure of Congress and a new constitution."))
                .doesNotContain("rally");
    }

    @Test
    void anAnnualCongressHeldIsARally() {
        assertThat(TestDocs.types("The movement held its annual congress in Velna on 3 May 2021, with 900 delegates."))
                .contains("rally");
    }

    @Test
    void electionsCalledForAreNoElection() {
        assertThat(TestDocs.types("The marchers also demand the calling of general elections in Velna."))
                .doesNotContain("election");
        assertThat(TestDocs.types("Velna held general elections on 3 May 2021, with turnout at 61 percent."))
                .contains("election");
    }
}
