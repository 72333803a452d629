package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Round r3a (invented sentences): a party or candidate that won by a margin tells the vote's result, an election. */
class ResultsByMarginTest {

    @Test
    void aPartyThatWonByWideMarginsTellsTheElection() {
        assertThat(TestDocs.types("Council members in Varnby and Ostholm, where the Green Union party won by wide margins on Sunday, met on Tuesday."))
                .contains("election");
    }

    @Test
    void aCandidateWonByALandslide() {
        assertThat(TestDocs.types("In Harbourline the independent candidate won by a landslide."))
                .contains("election");
    }

    @Test
    void aTeamThatWonByAMarginIsNoElection() {
        assertThat(TestDocs.types("The Varnby rowing team won by a wide margin on Saturday.")).doesNotContain("election");
    }

    @Test
    void aMotionWonByAMarginIsNoElection() {
        assertThat(TestDocs.types("The motion won by a narrow margin after the party split."))
                .doesNotContain("election");
    }
}
