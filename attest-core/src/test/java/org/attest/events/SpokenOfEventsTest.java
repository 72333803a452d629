package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Protests and attacks an official's statement only speaks of are its topic, not events of the
 * sentence; acts the statement tells stay. All sentences are invented.
 */
class SpokenOfEventsTest {

    @Test
    void protestsTheMinisterCallsACoupAreTheStatementsTopic() {
        assertThat(TestDocs.types("Interior Minister Rolf Andersen said on Monday that the protests had been \"a plot by foreign agents\"."))
                .containsExactly("statement");
    }

    @Test
    void earlierBlockadesThePresidentWouldPardonAreNoEvent() {
        assertThat(TestDocs.types("President Ilse Varga said on Friday that she was ready to pardon farmers charged over earlier road blockades."))
                .containsExactly("statement");
    }

    @Test
    void attacksTheEnvoyCondemnsAreTheStatementsTopic() {
        assertThat(TestDocs.types("The UN envoy Marta Quist said on Thursday that the attacks on the dockers were unacceptable."))
                .containsExactly("statement");
    }

    @Test
    void anActTheMinisterTellsStaysAnEvent() {
        assertThat(TestDocs.types("Interior Minister Rolf Andersen said on Monday that 300 dockers had marched through the port."))
                .contains("statement", "protest");
    }

    @Test
    void protestsInAClauseOfTheReportsOwnStay() {
        assertThat(TestDocs.types("Police detained 40 people on Monday night, the Interior Ministry said on Tuesday, as the protests against the new port law continued."))
                .contains("protest");
    }

    @Test
    void aWarningOnANamedDayStaysBesideTheProtestsItNames() {
        assertThat(TestDocs.types("Interior Minister Rolf Andersen warned on Monday that the protests in the port had gone too far."))
                .contains("statement", "protest");
    }
}
