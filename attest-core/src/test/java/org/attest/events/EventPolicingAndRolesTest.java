package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Cases met on wire copy of street protests in several countries, with invented sentences: tear
 * gas fired at a crowd is the policing of a protest, not an attack; roads blocked with no agent
 * named are the protesters' blockade; the organisers or leaders of a protest are people, and what
 * they say in a statement is a statement. Each rule has a contrast case.
 */
class EventPolicingAndRolesTest {
    @Test
    void tearGasFiredAtACrowdIsNoAttack() {
        assertThat(types("Riot police made arrests, and tear gas was also fired at marchers in the port city on Friday."))
                .contains("protest").doesNotContain("attack");
        assertThat(types("Footage showed tear gas fired on protesters near the station on Friday."))
                .contains("protest").doesNotContain("attack");
    }

    @Test
    void gunfireAtACrowdStaysAnAttack() {
        assertThat(types("Soldiers fired at protesters near the station on Friday.")).contains("attack");
    }

    @Test
    void roadsBlockedWithNoAgentAreAProtest() {
        assertThat(types("Several roads were blocked in the capital on Tuesday morning.")).containsExactly("protest");
        assertThat(types("The coastal road was also blocked near the port with burning tyres on Tuesday."))
                .containsExactly("protest");
    }

    @Test
    void roadsBlockedByPoliceOrWeatherAreNot() {
        assertThat(types("Several roads were blocked by police around the parliament on Tuesday.")).isEmpty();
        assertThat(types("The mountain road was blocked by snow on Tuesday.")).isEmpty();
    }

    @Test
    void protestOrganisersAreARole() {
        assertThat(types("\"We will not go home,\" protest organizers said in a statement on Sunday."))
                .containsExactly("statement");
        // the ministry's word is a statement (an institution's); the organisers are no protest
        assertThat(types("The ministry said nine were hurt; protest organisers say more than 40 were."))
                .containsExactly("statement");
        assertThat(types("Police arrested two protest leaders at their homes on Monday.")).containsExactly("arrest");
    }

    @Test
    void aProtestReportedStaysOne() {
        assertThat(types("The protest drew thousands to the main square on Sunday, organizers said."))
                .contains("protest");
    }
}
