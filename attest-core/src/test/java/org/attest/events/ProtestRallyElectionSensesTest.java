package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round prot200 (7 December 2026): protests, rallies and elections named in senses that tell no
 * gathering or vote. A diplomatic note or letter of protest is words sent, no crowd; protests a
 * monitor "recorded" or "documented" are a summary of its work or a tally; a rally or march that
 * was banned or prevented, a march only threatened and marches people are urged to join did not
 * take place, nor does one planned on a condition ("plan a march ... unless"); posters and graffiti someone is jailed over are the charge; tear gas fired at a
 * campaign meeting polices no protest; a convention withdrawn from or signed is a treaty; "gathering
 * information" gathers no one; peaceful assembly allowed is a right and an assembly someone came home
 * from the setting of another act; an election board or an election campaign is no vote, nor is an
 * election called possible; a country that "votes on" a day after the day of writing holds its vote
 * then. All sentences are invented for these tests.
 */
class ProtestRallyElectionSensesTest {

    @Test
    void aNoteOrLetterOfProtestIsNoGathering() {
        assertThat(types("The foreign office in Lorn handed a diplomatic note of protest to its neighbour on Monday."))
                .doesNotContain("protest");
        assertThat(types("The embassy handed over a letter of protest about the border incident on Friday."))
                .doesNotContain("protest");
        assertThat(types("Hundreds of dockers protested outside the port offices in Lorn on Monday.")).contains("protest");
    }

    @Test
    void protestsAMonitorRecordedAreItsSummary() {
        assertThat(types("Over the month the union's monitors recorded protests, arrests and two trials across the north."))
                .doesNotContain("protest");
        assertThat(types("The labour observatory said it had documented 230 protests over unpaid wages in the first half of the year."))
                .doesNotContain("protest");
        assertThat(types("Nurses protested outside three hospitals in Varna on Tuesday.")).contains("protest");
    }

    @Test
    void aRallyOrMarchBannedOrPreventedDidNotTakePlace() {
        assertThat(types("A rally called for Friday in Karsk was banned by the provincial governor.")).doesNotContain("protest", "rally");
        assertThat(types("Riot police prevented a march on the town hall in Lorn on Sunday.")).doesNotContain("protest");
        assertThat(types("Several thousand people marched through Lorn on Sunday against the new tax.")).contains("protest");
    }

    @Test
    void aMarchThreatenedOrMarchesToJoinAreNotHeld() {
        assertThat(types("Opposition deputies threatened to organise a march on the capital unless the minister resigned."))
                .doesNotContain("protest");
        assertThat(types("The teachers' federation urged members to skip lessons on Friday and join marches in every province."))
                .doesNotContain("protest");
        assertThat(types("Tens of thousands joined marches in the capital and four other cities on Saturday.")).contains("protest");
    }

    @Test
    void postersOrGraffitiSomeoneIsJailedOverAreTheCharge() {
        assertThat(types("A court in Lorn jailed three students over posters and graffiti mocking the governor."))
                .doesNotContain("protest");
        assertThat(types("Activists urged users to swap their profile photos for a black poster last week."))
                .doesNotContain("protest");
    }

    @Test
    void tearGasAtACampaignMeetingPolicesNoProtest() {
        assertThat(types("Riot police fired tear gas at a campaign event of the opposition candidate in Karsk on Tuesday."))
                .doesNotContain("protest");
        assertThat(types("Police fired tear gas at students blocking the ring road in Karsk on Tuesday.")).contains("protest");
    }

    @Test
    void aTreatyOrInformationGatheredIsNoGathering() {
        assertThat(types("The republic withdrew from the regional convention on violence against women in 2019."))
                .doesNotContain("rally");
        assertThat(types("The ombudsman's office said on Monday it was gathering information about the raid."))
                .doesNotContain("rally", "protest");
    }

    @Test
    void peacefulAssemblyAllowedOrAnAssemblyLeftIsNoRally() {
        assertThat(types("The envoy urged the regional authorities to allow peaceful assembly in Lorn and Varna."))
                .doesNotContain("rally");
        assertThat(types("The elder was shot on Monday night as he was returning from a community assembly near Lorn."))
                .doesNotContain("rally");
    }

    @Test
    void anElectionBoardCampaignOrPossibleVoteIsNoElection() {
        assertThat(types("On Tuesday the election board in Varna refused to certify the winner.")).doesNotContain("election");
        assertThat(types("Masked men fired on an election campaign convoy near Lorn on Sunday, wounding four.")).doesNotContain("election");
        assertThat(types("The prime minister has said an early general election is possible this year.")).doesNotContain("election");
        assertThat(types("Voters in Varna elected a new mayor in a local election on Sunday.")).contains("election");
    }

    @Test
    void aProtestPlannedOnAConditionIsNoProtest() {
        assertThat(types("The miners plan a march on the capital next month unless their back pay arrives."))
                .doesNotContain("protest");
        assertThat(types("The miners plan a march on the capital next month.")).contains("protest");
    }

    @Test
    void aCountryThatVotesOnADayAheadVotesThen() {
        String text = "Vote ahead\n\nThe republic votes on March 9 in its first national election since the junta fell.\n";
        assertThat(datesOf(events(text, "2031-02-10"), "election")).containsExactly("2031-03-09");
    }
}
