package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Round elec220: a call on people to act on a day after the day of writing is dated by that day, as
 * an urged one is ("urged its members to boycott lessons on November 14"); a weekday right after
 * "called on" still tells when the call was made. Invented reports; 2025-11-09 is a Sunday.
 */
class CallsOnPeopleForADayAheadTest {
    private static final String PUBLISHED = "2025-11-09";

    @Test
    void aCallOnPeopleToBoycottOnADayAheadTakesThatDay() {
        assertThat(datesOf(events("Teachers in Varnby\n\n"
                + "The teachers' council in Varnby called on its members to boycott lessons on November 14.", PUBLISHED),
                "boycott_call")).containsExactly("2025-11-14");
    }

    @Test
    void anUrgedBoycottOnADayAheadTakesThatDayAsBefore() {
        assertThat(datesOf(events("Teachers in Varnby\n\n"
                + "The teachers' council in Varnby urged its members to boycott lessons on November 14.", PUBLISHED),
                "boycott_call")).containsExactly("2025-11-14");
    }

    @Test
    void aCallOnPeopleToBoycottOnAPastDayKeepsIt() {
        assertThat(datesOf(events("Teachers in Varnby\n\n"
                + "The teachers' council in Varnby called on its members to boycott lessons on November 4.", PUBLISHED),
                "boycott_call")).containsExactly("2025-11-04");
    }
}
