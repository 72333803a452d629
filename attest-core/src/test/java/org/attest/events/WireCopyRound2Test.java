package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Wire copy outside Iran (branch events121): crowds that close roads or offices protest, elected mayors
 * removed or replaced by trustees are a political act of the state, an announcement made at a rally is
 * an organised rally, and a bank hold-up is an attack. All sentences are invented for these tests.
 */
class WireCopyRound2Test {

    @Test
    void crowdsThatCloseRoadsOrOfficesProtest() {
        assertThat(TestDocs.types("Demonstrators closed two main junctions in the city centre during the evening rush hour."))
                .contains("protest");
        assertThat(TestDocs.types("Students have since closed offices of the governing party in several towns."))
                .contains("protest");
    }

    @Test
    void policeClosingARoadIsNoProtestOfTheirs() {
        assertThat(TestDocs.types("Police closed the coastal road after a landslide on Tuesday.")).doesNotContain("protest");
    }

    @Test
    void mayorsRemovedOrReplacedByTrusteesAreOther() {
        assertThat(TestDocs.types("Thirty mayors were removed from their posts between 2017 and 2019, a lawyers' group said."))
                .contains("other");
        assertThat(TestDocs.types("The authorities have replaced dozens of elected mayors with appointed officials."))
                .contains("other");
        assertThat(TestDocs.types("The ministry on Friday dismissed the mayor of a coastal town and named a deputy governor in his place."))
                .contains("other");
    }

    @Test
    void anAnnouncementAtARallyIsAnOrganisedRally() {
        assertThat(TestDocs.types("The alliance will announce its next steps at a rally in the main square on Friday."))
                .contains("rally").doesNotContain("protest");
    }

    @Test
    void aBankHoldUpIsAnAttack() {
        assertThat(TestDocs.types("Last year a series of bank hold-ups forced lenders to shut their branches for a week."))
                .contains("attack");
        assertThat(TestDocs.types("A hold-up in the talks delayed the deal by a month.")).doesNotContain("attack");
    }

    @Test
    void subsidiesCutAreOther() {
        assertThat(TestDocs.types("Unrest spread in the south after the government cut bread subsidies in March."))
                .contains("other");
        assertThat(TestDocs.types("The ministry plans to cut subsidies on diesel next year.")).doesNotContain("other");
    }

    @Test
    void aMilitaryOffensiveIsAnAttackAnOffensiveRemarkIsNot() {
        assertThat(TestDocs.types("In March, an army offensive forced more than 20,000 villagers to flee the valley."))
                .contains("attack");
        assertThat(TestDocs.types("The mayor apologised for an offensive remark about farmers.")).doesNotContain("attack");
    }
}
