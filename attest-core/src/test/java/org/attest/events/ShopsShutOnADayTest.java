package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round events132 (6 December 2026, invented sentences): shops or a bazaar told shut or closed in the
 * passive tell the merchants' strike by its effect, as "stayed closed" already did; a closure the
 * authorities made, or a holiday's, is no strike. Headscarves taken off or burned in public defy the
 * veiling law (a protest); one ordered to remove it does not.
 */
class ShopsShutOnADayTest {

    @Test
    void shopsShutOnADayAreAStrike() {
        assertThat(types("Nearly every shop in the old market was shut on Tuesday.")).contains("other");
        assertThat(types("Stores along the main avenue of the port city were closed on Thursday.")).contains("other");
    }

    @Test
    void aClosureByTheAuthoritiesOrAHolidayIsNone() {
        assertThat(types("Dozens of shops in the old market were closed by the police on Tuesday.")).doesNotContain("protest");
        assertThat(types("Most shops in the town were shut for the religious holiday.")).doesNotContain("protest");
        assertThat(types("The ministry ordered that shops in the district were closed at dusk.")).doesNotContain("protest");
    }

    @Test
    void headscarvesTakenOffInPublicAreAProtest() {
        assertThat(types("A dozen students took off their headscarves at the university gates on Monday.")).contains("protest");
        assertThat(types("Several women removed their hijabs in the main square.")).contains("protest");
        assertThat(types("Guards at the checkpoint ordered the passengers to remove their headscarves.")).doesNotContain("protest");
    }
}
