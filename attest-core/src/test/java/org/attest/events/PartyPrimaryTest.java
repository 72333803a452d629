package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round miss221 (invented sentences): a party primary is the vote that picks a nominee, an
 * election; "primary" as an adjective of schools, reasons or care is none.
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
}
