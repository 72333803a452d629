package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Non-events, round evfp (4 December 2026, invented sentences): a vow, a warning against an act,
 * a permit asked for, a list of people to be executed, a rally someone was kept from holding and
 * a promise not to join a protest tell no event held; nor does a word in a work's title, or participants
 * who only speak, or a trend ("on the rise").
 */
class NonEventsRoundTest {

    @Test
    void aVowToProtestIsNoProtest() {
        assertThat(types("Four union leaders were detained after vowing to protest the new toll fees."))
                .contains("arrest").doesNotContain("protest");
        assertThat(types("The teachers marched through the capital to protest the new toll fees."))
                .contains("protest");
    }

    @Test
    void aWarningAgainstCarryingOutAnActIsNoAct() {
        assertThat(types("The envoy warned the authorities against carrying out the death sentences."))
                .doesNotContain("death_sentence");
    }

    @Test
    void aPermitForAMarchIsNoMarch() {
        assertThat(types("The union applied for a permit for a march on Friday.")).doesNotContain("protest");
        assertThat(types("The dockers sought permission for a rally outside the port."))
                .doesNotContain("protest");
    }

    @Test
    void peopleOnAListToBeExecutedAreNotYetExecuted() {
        assertThat(types("Officials said 40 inmates are on a list to be executed next year."))
                .doesNotContain("execution");
        assertThat(types("Officials said the inmate was about to be executed when the order came."))
                .doesNotContain("execution");
    }

    @Test
    void aRallyKeptFromBeingHeldIsNoRally() {
        assertThat(types("Guards sealed the square, preventing the dockers from holding a rally there."))
                .doesNotContain("rally", "protest");
    }

    @Test
    void aPromiseNotToJoinAProtestIsNoProtest() {
        assertThat(types("The farmers were freed after agreeing not to join the protest."))
                .doesNotContain("protest");
    }

    @Test
    void aWordInsideTheTitleOfAWorkIsNoEvent() {
        assertThat(types("The report, titled Shoot the Rioters: Police Abuses in the 2019 Elections, came out on Monday."))
                .doesNotContain("election");
        // the events the report tells, after its title, still count
        assertThat(types("The report, titled Crackdown, says police arrested 300 protesters."))
                .contains("arrest");
    }

    @Test
    void participantsWhoOnlySpeakHoldNoProtest() {
        assertThat(types("Protesters said the spray had burned their eyes.")).doesNotContain("protest");
        assertThat(types("Many demonstrators told reporters they would stay.")).doesNotContain("protest");
        // participants who act still tell their protest
        assertThat(types("Protesters marched to the palace gates.")).contains("protest");
    }

    @Test
    void aTrendOfActsIsNoAct() {
        assertThat(types("Lawyers warned that arrests of students in the north are on the rise."))
                .doesNotContain("arrest");
        // a count that has risen still counts acts done
        assertThat(types("Police said arrests of students in the north have risen to 300."))
                .contains("arrest");
    }
}
