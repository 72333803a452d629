package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/** A round of events told in the perfect as recurring sums them up and tells none (round q4, invented sentences). */
class RecurringRoundsTest {
    @Test
    void aPerfectRoundRecurringSinceALandmarkIsNoEvent() {
        assertThat(types("Nurses have marched almost every Friday since March 2021.")).doesNotContain("protest");
        assertThat(types("Dockers have staged strikes each month since the port was sold in 2009.")).doesNotContain("protest");
    }

    @Test
    void aTriggerNounAsSubjectOfThePerfectRoundIsNoEvent() { // round extra221
        assertThat(types("Vigils for the miners have been held every Sunday since early 2022.")).doesNotContain("protest");
    }

    @Test
    void aNounWithAPerfectOnlyAfterTheRoundStays() {
        assertThat(types("Thousands of nurses marched in Lyon on 3 March 2024, the biggest rally every nurse there has seen."))
                .contains("protest");
    }

    @Test
    void aProtestTheReportTellsStays() {
        assertThat(types("Nurses marched to the ministry in Dorvan on Friday.")).contains("protest");
        assertThat(types("Protests have spread to six cities since Monday.")).contains("protest");
    }
}
