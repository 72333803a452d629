package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round other81 (6 December 2026, invented sentences): happenings that gold-format.md's "things that
 * happened or were announced to happen" takes in and no other type names are {@code other}: hunger
 * strikes, resignations, sanctions agreed, networks and platforms cut off, court hearings set for a day,
 * bail set, premises sealed, agreements reached, a legislature's act or its vote to come, an official
 * dismissed, a leader fleeing, a government's decision on pay. The same act asked for, feared or only
 * weighed is none.
 */
class HappeningsTypedOtherTest {

    @Test
    void aHungerStrikeIsOtherNoProtest() {
        assertThat(types("The jailed cartoonist began a hunger strike on Monday in Tarsk prison.")).containsExactly("other");
        assertThat(types("Four dockers have been on hunger strike since 2 May to demand their pay.")).contains("other")
                .doesNotContain("protest");
    }

    @Test
    void aResignationIsOtherAndOneDemandedIsNone() {
        assertThat(types("The harbour minister resigned on Friday after the ferry sank.")).containsExactly("other");
        assertThat(types("The walkouts forced the resignation of the mayor of Orvel in June.")).contains("other");
        assertThat(types("Farmers demanded the resignation of the agriculture minister.")).doesNotContain("other", "statement");
    }

    @Test
    void sanctionsAgreedOrAnnouncedAreOtherAndWeighedOnesAreNone() {
        assertThat(types("Foreign ministers meeting in Lisbon agreed new sanctions on twelve Valdorian generals."))
                .containsExactly("other");
        assertThat(types("On Monday, Canada and Japan announced fresh sanctions on the port authority.")).containsExactly("other");
        assertThat(types("The Netherlands said it would consider further sanctions.")).doesNotContain("other");
        assertThat(types("Exiles urged the union to impose new sanctions on the junta.")).doesNotContain("other");
    }

    @Test
    void aNetworkOrPlatformCutOffIsOther() {
        assertThat(types("A monitoring group reported mobile data disruptions in the two border provinces on Tuesday."))
                .containsExactly("other");
        assertThat(types("Access to the internet has been badly disrupted in Ralsk since Sunday night.")).containsExactly("other");
        assertThat(types("The messaging app Telegram has been inaccessible in much of the country since Friday."))
                .containsExactly("other");
        assertThat(types("The video platform TikTok was restricted on Thursday, the monitor said.")).contains("other");
        // a state that goes on is no cut of its own; an outage feared is none
        assertThat(types("The valley remained cut off from the internet for a third week.")).doesNotContain("other");
        assertThat(types("Activists fear the internet will be disrupted before the vote.")).doesNotContain("other");
    }

    @Test
    void aCourtHearingSetForADayIsOther() {
        assertThat(types("The constitutional court is due to hear the appeal on Thursday.")).containsExactly("other");
        assertThat(types("The chief justice announced that a special court would hear the cases next month.")).contains("other");
        assertThat(types("The appeals court is scheduled to hear the editors' case on 4 May.")).containsExactly("other");
        // a court keen to do something is no hearing set
        assertThat(types("The Supreme Court of Valdor seemed determined to hear the case quickly.")).isEmpty();
    }

    @Test
    void bailSetAndPremisesSealedAreOther() {
        assertThat(types("His brother said a judge had set bail at 40,000 dinars.")).containsExactly("other");
        assertThat(types("Inspectors sealed the premises of nine money changers in the old market.")).containsExactly("other");
    }

    @Test
    void anAgreementReachedIsOtherAndOneMadeAConditionIsNone() {
        assertThat(types("A loan agreement reached with the bank in March remains frozen.")).containsExactly("other");
        assertThat(types("The miners said they would stay out if no agreement is reached by Friday.")).doesNotContain("other");
        assertThat(types("An agreement was reached late on Monday between the dockers and the port.")).containsExactly("other");
        assertThat(types("No agreement was reached at the third round of talks.")).doesNotContain("other");
    }

    @Test
    void aLegislaturesActOrItsVoteToComeIsOther() {
        assertThat(types("Under a pay scheme approved by parliament in 2019, nurses were due a rise.")).containsExactly("other");
        assertThat(types("Parliament is expected to vote on the budget next week.")).containsExactly("other");
        assertThat(types("Lawmakers are due to debate the amnesty bill on Tuesday.")).containsExactly("other");
        // voters expected at the polls are no legislature's vote
        assertThat(types("Farmers are expected to vote for the opposition.")).doesNotContain("other");
    }

    @Test
    void anOfficialDismissedIsOtherAndACaseDismissedIsNoDismissal() {
        assertThat(types("The district police commander was later dismissed, the ministry said.")).contains("other");
        assertThat(types("The case against the officer was dismissed on Monday.")).doesNotContain("other");
    }

    @Test
    void aLeaderFleeingTheCountryIsOther() {
        assertThat(types("President Arno Vell landed in Dubai on Friday, a day after fleeing the country by boat."))
                .containsExactly("other");
    }

    @Test
    void schoolsShutAndARuleReinstatedAreOther() {
        assertThat(types("Power cuts have shut schools and clinics in Orvel for three days.")).containsExactly("other");
        assertThat(types("Riots began after the High Court reinstated the land tax.")).contains("other");
    }

    @Test
    void aGovernmentsDecisionOnPayIsOther() {
        assertThat(types("The government raised pensions by 8 percent in January.")).containsExactly("other");
        assertThat(types("The cabinet approved a fuel allowance for bus drivers on Sunday.")).containsExactly("other");
        assertThat(types("Retirees called on the government to raise pensions.")).doesNotContain("other");
    }

    @Test
    void aReleaseToldWithTheDetentionItEndsAddsNoOther() {
        assertThat(types("Two miners detained in Kestel last week have been released on bail.")).doesNotContain("other");
        assertThat(types("The poet was released on Thursday on bail.")).containsExactly("other");
    }

    @Test
    void mobileServicesSuspendedOnPollingDayAreACutNoElection() {
        assertThat(types("Authorities suspended mobile phone services nationwide on polling day, citing security."))
                .containsExactly("other");
        assertThat(types("The commission suspended polling in six stations after the clashes.")).containsExactly("election");
    }
}
