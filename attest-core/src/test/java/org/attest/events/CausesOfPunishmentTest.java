package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Protests named only as what an arrest followed are no protest told. All sentences are invented. */
class CausesOfPunishmentTest {

    @Test
    void anArrestAfterTheNamedProtestsTellsNoProtest() {
        assertThat(TestDocs.types("The union leader was first detained in June 2021, after the May Day protests, and held for 40 days."))
                .contains("arrest").doesNotContain("protest");
    }

    @Test
    void anArrestAfterAProtestOfItsOwnKeepsIt() {
        assertThat(TestDocs.types("Police detained nine students in Lyon on Tuesday after a protest outside the town hall."))
                .contains("arrest").contains("protest");
    }

    @Test
    void protestsOfAYearKeepTheirOwnMention() {
        assertThat(TestDocs.types("The union leader was detained in June, after the 2021 protests in Lyon."))
                .contains("arrest").contains("protest");
    }
}
