package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round miss221 (invented sentences): a party primary is the vote that picks a nominee, an
 * election; "primary" as an adjective of schools, reasons or care is none. Voters who approve or
 * reject a measure decide it at the ballot box; voters who "approved of" someone hold an opinion.
 */
class PartyPrimaryTest {

    @Test
    void aPrimaryToldWithItsNomineeOrItsPartyIsAnElection() {
        assertThat(types("The senator took the party's nomination for mayor, beating three rivals in a primary."))
                .contains("election");
        assertThat(types("Turnout in the Labour primary was the lowest in a decade.")).contains("election");
    }

    @Test
    void primaryAsAnAdjectiveIsNoVote() {
        assertThat(types("The primary reason for the vote in the council was the cost of the bridge.")).doesNotContain("election");
        assertThat(types("Voters with children in primary schools complained about the buses.")).doesNotContain("election");
    }

    @Test
    void votersDecidingAMeasureIsAVote() {
        assertThat(types("Voters in the district also approved a parks levy of half a percent.")).contains("election");
        assertThat(types("Voters rejected the charter amendment by about 300 ballots.")).contains("election");
    }

    @Test
    void votersApprovingOfSomeoneOrPolledHoldAnOpinion() {
        assertThat(types("Most voters approved of the governor's handling of the drought.")).doesNotContain("election");
        assertThat(types("A survey found that voters rejected the proposal to close the library.")).doesNotContain("election");
    }
}
