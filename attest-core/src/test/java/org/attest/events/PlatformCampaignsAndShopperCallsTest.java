package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round elec220 (invented sentences): a campaign named by its platform is an online campaign; calls
 * to stop buying or to stay at home that people are asked to heed are boycott calls; a strike named
 * ("in what the union called ...") and union members casting ballots are neither a call nor a vote.
 */
class PlatformCampaignsAndShopperCallsTest {

    @Test
    void aFacebookCampaignIsOnline() {
        assertThat(TestDocs.types("A Facebook campaign for the two jailed editors of Varnby gathered 5,000 signatures by Friday."))
                .contains("online_campaign");
    }

    @Test
    void anInstagramCampaignIsOnline() {
        assertThat(TestDocs.types("Dock workers in Lorn started an Instagram campaign against the new port fees on Monday."))
                .contains("online_campaign");
    }

    @Test
    void aCampaignWithoutAPlatformIsNoOnlineCampaign() {
        assertThat(TestDocs.types("The mayor of Lorn opened his campaign for a second term at the harbour on Monday."))
                .doesNotContain("online_campaign");
    }

    @Test
    void aCallToStopBuyingIsABoycottCall() {
        assertThat(TestDocs.types("The farmers' league urged shoppers in Varnby to stop buying milk from the Harbourline dairy."))
                .contains("boycott_call");
    }

    @Test
    void aCallNotToShopIsABoycottCall() {
        assertThat(TestDocs.types("The tenants' group asked residents not to shop at stores owned by the two landlords."))
                .contains("boycott_call");
    }

    @Test
    void stoppingBuyingWithoutACallIsNone() {
        assertThat(TestDocs.types("Many families in Lorn stopped buying meat last winter as prices rose."))
                .doesNotContain("boycott_call");
    }

    @Test
    void askedToStayAtHomeIsABoycottCall() {
        assertThat(TestDocs.types("Activists in Varnby asked people to stay at home on Thursday in a silent protest over the fees."))
                .contains("boycott_call");
    }

    @Test
    void aStrikeNamedByWhatTheUnionCalledItIsNoCall() {
        assertThat(TestDocs.types("Bus drivers in Lorn walked out on Monday in what their union called an indefinite strike."))
                .doesNotContain("boycott_call");
    }

    @Test
    void aStrikeTheUnionCalledIsStillACall() {
        assertThat(TestDocs.types("The drivers' union called an indefinite strike in Lorn from Monday."))
                .contains("boycott_call");
    }

    @Test
    void unionMembersCastingBallotsIsNoElection() {
        assertThat(TestDocs.types("Dock workers backed a strike on Friday, with about 900 union members casting ballots."))
                .doesNotContain("election");
    }

    @Test
    void votersCastingBallotsIsAnElection() {
        assertThat(TestDocs.types("Voters in Lorn cast ballots on Sunday to choose a new mayor."))
                .contains("election");
    }

    @Test
    void aCallNotToHoldClassesIsABoycottCall() {
        assertThat(TestDocs.types("The lecturers' association urged its members not to hold classes at the Varnby campus on Monday."))
                .contains("boycott_call");
    }

    @Test
    void aStrikeCalledByItsCallerIsACall() {
        assertThat(TestDocs.types("A general strike called by the dockers' unions shut the port of Lorn for two days."))
                .contains("boycott_call");
    }

    @Test
    void aMarchCalledByAGroupIsNoBoycottCall() {
        assertThat(TestDocs.types("Police in Lorn dispersed a march called by the tenants' league on Saturday."))
                .doesNotContain("boycott_call");
    }

    @Test
    void aHungerStrikeCalledByPrisonersIsNoCall() {
        assertThat(TestDocs.types("The hunger strike called by the prisoners of Lorn entered its third week."))
                .doesNotContain("boycott_call");
    }
}
