package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Strikes told by the classrooms left empty and the trucks kept parked. All sentences are invented. */
class StrikesToldOtherwiseTest {

    @Test
    void teachersStayingAwayFromClassroomsStrike() {
        assertThat(TestDocs.types("Thousands of teachers stayed away from classrooms on Monday over unpaid salaries."))
                .contains("other");
        assertThat(TestDocs.types("Nurses in the north stayed away from their jobs for a second day on Tuesday."))
                .contains("other");
    }

    @Test
    void driversKeepingTheirTrucksParkedStrike() {
        assertThat(TestDocs.types("Truck drivers in forty towns kept their lorries parked for a third day on Monday."))
                .contains("other");
    }

    @Test
    void aCarKeptParkedByItsOwnerIsNoStrike() {
        assertThat(TestDocs.types("The mayor kept his car parked outside the town hall on Monday.")).doesNotContain("other");
    }
}
