package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/** A negation inside a relative clause that ends before the event's verb (round events95, invented sentences). */
class RelativeNegationsTest {
    @Test
    void aRelativeClausesDenialLeavesTheMainVerb() {
        assertThat(types("A labourer whose identity was not disclosed was arrested in Dorvan on Friday.")).contains("arrest");
        assertThat(types("Two teachers whose families were not informed were executed at dawn.")).contains("execution");
        assertThat(types("An inmate whose name has not been released died in solitary confinement.")).contains("other");
    }

    @Test
    void aDenialOfTheTriggerItselfStillGuards() {
        assertThat(types("Students who were not allowed to protest stayed at home.")).doesNotContain("protest");
        assertThat(types("Those who were not arrested fled across the border.")).doesNotContain("arrest");
        assertThat(types("The two men, who were not charged, were not executed.")).doesNotContain("execution");
    }
}
