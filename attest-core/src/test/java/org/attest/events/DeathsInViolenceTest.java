package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Deaths told as a count of people who died: a killing in political violence, not in accidents. */
class DeathsInViolenceTest {

    @Test
    void peopleWhoDiedInElectionViolenceWereKilled() {
        assertThat(TestDocs.types("At least nine people died in the violence that followed the vote in Marrel."))
                .contains("killing");
        assertThat(TestDocs.types("Twelve people have died as a result of post-election violence, officials said."))
                .contains("killing");
    }

    @Test
    void deathsInAViolentStormAreNoKilling() {
        assertThat(TestDocs.types("Six people died when a violent storm hit the coast; the flood destroyed homes."))
                .doesNotContain("killing");
    }

    @Test
    void aDeathDuringADemonstrationWithAWordBetweenIsAKilling() {
        assertThat(TestDocs.types("A police officer died burned during a demonstration in Tarvo on Monday."))
                .contains("killing");
    }
}
