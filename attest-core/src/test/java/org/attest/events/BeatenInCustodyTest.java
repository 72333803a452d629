package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People beaten in the custody the sentence tells were attacked by their captors, named or not; an
 * office vandalised with posters is no crowd's protest (branch events113). All sentences are
 * invented for these tests.
 */
class BeatenInCustodyTest {

    @Test
    void peopleBeatenAfterBeingDetainedWereAttacked() {
        assertThat(TestDocs.types("The lawyers said two of the students had been beaten after being detained."))
                .contains("attack");
        // a side beaten in a vote is no one attacked
        assertThat(TestDocs.types("The ruling party was beaten in the vote on Tuesday.")).doesNotContain("attack");
    }

    @Test
    void postersAnOfficeWasVandalisedWithAreNoProtest() {
        assertThat(TestDocs.types("The offices of the charity were vandalised with posters calling its staff spies."))
                .doesNotContain("protest");
    }
}
