package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/** A result or turnout an official body gives out in figures is its statement, not the vote. Invented sentences. */
class ToldResultsTest {

    @Test
    void aCommissionsResultIsItsStatement() {
        assertThat(types("The national election commission said on Tuesday that Marek Dolan had won 58.4 percent of the vote."))
                .contains("statement").doesNotContain("election");
    }

    @Test
    void aTurnoutToldToThePressIsAStatement() {
        assertThat(types("The commission's chairman told a news conference in Varna that turnout in the runoff was 39.2 percent."))
                .contains("statement").doesNotContain("election");
    }

    @Test
    void aResultWithNoSpeakerIsTheVote() {
        assertThat(types("Marek Dolan won 58.4 percent of the vote in the runoff.")).contains("election");
    }

    @Test
    void thePressPassingACountOnLeavesTheVote() {
        assertThat(types("State television said the incumbent won 58.4 percent of the vote.")).contains("election");
    }

    @Test
    void votesReceivedAreTheVoteUnlessAnOfficialGivesThemOut() {
        assertThat(types("Marek Dolan received 4.1 million votes in the runoff.")).contains("election");
        assertThat(types("The commission's spokesman said Marek Dolan received 4.1 million votes in the runoff."))
                .contains("statement").doesNotContain("election");
        assertThat(types("The commission said the challenger received 41.6% of the vote.")).contains("statement").doesNotContain("election");
    }

    @Test
    void aBillReceivingVotesIsNoElection() {
        assertThat(types("The bill received 210 votes in the lower house.")).doesNotContain("election");
    }
}
