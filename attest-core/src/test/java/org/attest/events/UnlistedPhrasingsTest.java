package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An avenue, a boulevard, a bridge or a border crossing blocked by a crowd or its vehicles is a
 * blockade, as a highway is, unless the police or the weather block it; tear gas used to disperse
 * people is fired at a crowd; food refused is a hunger strike, and people camped outside an office to
 * press a demand hold a sit-in; a blockade of a bridge or one at a named place is people in the road,
 * whoever ends it, while a naval or economic blockade is not; voters queuing at polling stations are
 * voting (round recall30). All sentences are invented for these tests.
 */
class UnlistedPhrasingsTest {

    @Test
    void anAvenueOrABorderCrossingBlockedIsAProtest() {
        assertThat(TestDocs.types("Marchers waving banners blocked Harbour Avenue in Varna on Monday.")).contains("protest");
        assertThat(TestDocs.types("Combine harvesters blocked the border crossing near Lorn for six hours on Monday."))
                .contains("protest");
    }

    @Test
    void anAvenueBlockedByThePoliceOrSnowIsNoProtest() {
        assertThat(TestDocs.types("Police blocked Harbour Avenue in Varna on Monday ahead of the parade.")).doesNotContain("protest");
        assertThat(TestDocs.types("Heavy snow blocked the bridge into Lorn on Monday.")).doesNotContain("protest");
    }

    @Test
    void tearGasUsedToDisperseWorkersIsAProtestPoliced() {
        assertThat(TestDocs.types("In Varna, officers used tear gas to disperse dock workers on Monday.")).contains("protest");
    }

    @Test
    void foodRefusedIsAHungerStrike() {
        // other81: a hunger strike is typed `other`
        assertThat(TestDocs.types("The jailed poet has refused solid food since Monday, her lawyer said.")).contains("other").doesNotContain("protest");
    }

    @Test
    void peopleCampedOutsideAnOfficeToPressADemandHoldASitIn() {
        assertThat(TestDocs.types("Mothers of the missing have camped outside the ministry in Varna since Monday, demanding answers."))
                .contains("protest");
        assertThat(TestDocs.types("Fans camped outside the stadium in Varna on Monday to buy tickets.")).doesNotContain("protest");
    }

    @Test
    void aBlockadeOfABridgeEndedByThePoliceIsStillAProtest() {
        assertThat(TestDocs.types("Police broke up a four-day blockade of the river bridge at Lorn on Monday, arresting nine people."))
                .contains("protest");
        assertThat(TestDocs.types("A blockade at the Karsk toll plaza ended on Monday.")).contains("protest");
    }

    @Test
    void aNavalBlockadeIsNoProtest() {
        assertThat(TestDocs.types("The navy kept up its blockade at the southern port of Lorn on Monday.")).doesNotContain("protest");
    }

    @Test
    void votersQueuingAtPollingStationsAreAnElection() {
        assertThat(TestDocs.types("Long lines of voters waited outside polling stations in Tarsen on Sunday morning."))
                .contains("election");
        assertThat(TestDocs.types("Rioters torched two polling stations in Tarsen on Sunday as voters fled.")).doesNotContain("election");
    }
}
