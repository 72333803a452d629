package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Cases met on election and protest reports, with invented sentences: a turnout or a result told
 * in percent reports an election though no election word stands near; support for protests names
 * them as a cause, and a movement named ("the protest movement's leaders", "the X (protest) movement")
 * is no protest held. Each rule has a contrast case.
 */
class EventElectionsAndMovementsTest {
    @Test
    void turnoutAndResultsInPercentAreAnElection() {
        assertThat(types("Turnout in the northern provinces was put at roughly 37 percent on Sunday.")).contains("election");
        assertThat(types("Some 48.2 percent of registered voters stayed away on Sunday, officials said.")).contains("election");
        assertThat(types("The governing coalition took 55.4 percent of the vote on Sunday.")).contains("election");
        assertThat(types("The mayor received 61 per cent of the vote in the Sunday count.")).contains("election");
    }

    @Test
    void aCrowdsTurnoutIsNoElection() {
        assertThat(types("The turnout at the march on Sunday was smaller than organisers had hoped."))
                .doesNotContain("election");
        assertThat(types("Prices rose by 12 percent on Sunday, the statistics office said.")).doesNotContain("election");
    }

    @Test
    void supportForProtestsIsNoProtest() {
        assertThat(types("Support for the protests keeps growing among farmers, a poll found on Monday."))
                .doesNotContain("protest");
        assertThat(types("The governor accused two parties on Monday of supporting the uprising."))
                .doesNotContain("protest");
        assertThat(types("A poll found on Monday that 60 percent of people supported the strike."))
                .doesNotContain("protest");
    }

    @Test
    void aRallyInSupportOfProtestsIsOne() {
        assertThat(types("Hundreds of students marched on Monday in support of the protests in the south."))
                .contains("protest");
        assertThat(types("Dock workers went on strike on Monday and protested outside the port."))
                .contains("protest");
    }

    @Test
    void aMovementNamedIsNoProtest() {
        assertThat(types("Founders of the Sabra (protest) movement met the envoy on Monday.")).doesNotContain("protest");
        assertThat(types("The protest movement's spokesmen were summoned by prosecutors on Monday."))
                .doesNotContain("protest");
    }

    @Test
    void joiningTheProtestMovementInAPlaceStaysAProtest() {
        assertThat(types("Thousands joined the protest movement in the capital on Monday.")).contains("protest");
        assertThat(types("Protests (strikes) spread to the mines on Monday.")).contains("protest");
    }
}
