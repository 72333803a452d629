package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round ev23 (5 December 2026, invented sentences): the internet blocked with the verb first,
 * schools, universities and borders closed by the authorities are acts of the authorities
 * ({@code other}); a call to close them is none. The site or venue of a protest names a place,
 * no protest.
 */
class ClosuresAndProtestSitesTest {

    @Test
    void theInternetBlockedWithTheVerbFirstIsAnAct() {
        assertThat(types("The government blocked mobile internet services in three districts on Saturday."))
                .contains("other");
        assertThat(types("Activists urged the regulator to lift the ban that blocked internet access."))
                .doesNotContain("other");
    }

    @Test
    void schoolsAndBordersClosedAreActs() {
        // other40: schools closed by order are the authorities' measure, other as borders closed (acts28 had typed them a statement)
        assertThat(types("All schools in the port city were closed on Monday after the riots.")).contains("other").doesNotContain("statement");
        assertThat(types("The junta said it had closed the borders indefinitely.")).contains("other");
        assertThat(types("Universities in the north were closed for a week.")).contains("other").doesNotContain("statement");
    }

    @Test
    void aClosureOnlyCalledForIsNone() {
        assertThat(types("Parents called on the mayor to keep schools closed.")).doesNotContain("other", "statement");
        // schools a strike closes are the strike's toll, no act of the authorities: the strike (`other`) is the one event
        assertThat(types("Thirty village schools stayed closed during the bus drivers' strike.")).containsExactly("other");
    }

    @Test
    void theSiteOfAProtestIsNoProtest() {
        assertThat(types("Farmers parked their tractors at the main protest site near the highway."))
                .doesNotContain("protest");
        assertThat(types("The organisers moved the protest venue to a stadium.")).doesNotContain("protest");
        // the protest itself still is one
        assertThat(types("Farmers held a protest near the highway on Monday.")).contains("protest");
    }
}
