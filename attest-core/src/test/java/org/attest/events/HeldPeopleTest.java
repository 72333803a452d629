package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * People "held" in the passive, and people loaded onto buses in the active voice, are in custody
 * (branch events113). All sentences are invented for these tests.
 */
class HeldPeopleTest {

    @Test
    void peopleHeldInThePassiveWereArrested() {
        assertThat(TestDocs.types("The union said 40 people, most of them nurses, were held after the sit-in on Friday."))
                .contains("arrest");
        assertThat(TestDocs.types("The movement said 75 of its supporters had been held since the march began."))
                .contains("arrest");
    }

    @Test
    void aVoteOrTalksHeldOrPeopleHeldResponsibleAreNoArrest() {
        assertThat(TestDocs.types("Local elections were held in the province in May, and talks were held in June."))
                .doesNotContain("arrest");
        assertThat(TestDocs.types("Three officials were held responsible for the collapse of the bridge."))
                .doesNotContain("arrest");
        assertThat(TestDocs.types("Two aid workers were held hostage by gunmen for a week."))
                .doesNotContain("arrest");
    }

    @Test
    void policeWhoLoadedPeopleOntoBusesArrestedThem() {
        assertThat(TestDocs.types("Riot police pulled the marchers off the bridge and loaded them onto buses."))
                .contains("arrest");
    }
}
