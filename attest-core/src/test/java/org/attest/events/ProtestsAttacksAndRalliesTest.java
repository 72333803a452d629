package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round protest25 (5 December 2026; invented sentences): false protests, attacks and rallies, and
 * protests told with words the lexicon lacked.
 */
class ProtestsAttacksAndRalliesTest {

    // --- a crowd's arson of a building, or its storming of a jail, is the attack alone

    @Test
    void protestersSettingFireToABuildingCommitAnAttack() {
        assertThat(TestDocs.types("The radio station went off the air after protesters set fire to its offices in Varno on Thursday."))
                .containsExactly("attack");
        assertThat(TestDocs.types("Rioters stormed the provincial prison on Friday and freed hundreds of inmates."))
                .containsExactly("attack");
        assertThat(TestDocs.types("Demonstrators threw stones at the police station in Kelvo on Monday night."))
                .containsExactly("attack");
    }

    @Test
    void aCrowdsFiresInTheStreetStayItsProtest() {
        assertThat(TestDocs.types("Protesters blocked the highway near Varno and set fire to two lorries on Thursday."))
                .containsExactly("protest");
    }

    @Test
    void aProtestToldBesideTheArsonKeepsBoth() {
        assertThat(TestDocs.types("Thousands marched through Varno on Thursday, and protesters set fire to the door of the town hall."))
                .containsExactlyInAnyOrder("protest", "attack");
    }

    @Test
    void theCrowdsFurtherDeedInTheSameClauseIsPartOfTheAttack() {
        assertThat(TestDocs.types("Guards were hurt when protesters attacked them with clubs and set fire to the hay on Sunday."))
                .containsExactly("attack");
    }

    @Test
    void aParticipantFarFromTheAttackStillProtests() {
        assertThat(TestDocs.types("Protesters gathered in the square at dawn, and hours later a mob set fire to the party headquarters."))
                .contains("protest", "attack");
    }

    @Test
    void arsonAfterAToldKillingIsNoShootingToldAgain() {
        var d = TestDocs.doc().published("2024-07-12")
                .paragraph("Clashes in Varno left dozens of people dead this week, officials said on Friday.")
                .paragraph("The state television went off the air after protesters set fire to its headquarters on Thursday.")
                .date("Thursday", "2024-07-11", org.attest.model.DatePrecision.DAY)
                .date("Friday", "2024-07-12", org.attest.model.DatePrecision.DAY).build();
        assertThat(TestDocs.sentencesOf(d, "attack")).anyMatch(s -> s.startsWith("The state television"));
    }

    // --- protests told with words the lexicon lacked

    @Test
    void workersWalkingOffTheJobStrike() {
        assertThat(TestDocs.types("Nurses at the city hospital walked off the job on Tuesday over unpaid overtime."))
                .containsExactly("other");
    }

    @Test
    void placardsEffigiesAndTyresAreACrowdsProtest() {
        assertThat(TestDocs.types("About fifty parents held up placards outside the education office on Monday."))
                .containsExactly("protest");
        assertThat(TestDocs.types("Villagers burnt effigies of the governor on Monday."))
                .containsExactly("protest");
        assertThat(TestDocs.types("Young men burned tyres on the ring road on Monday evening."))
                .containsExactly("protest");
    }

    @Test
    void whatActivistsOccupyIsTheirProtest() {
        assertThat(TestDocs.types("Dozens of activists briefly occupied a rail line near the cement works on Sunday."))
                .containsExactly("protest");
        assertThat(TestDocs.types("Troops occupied the hill above the village on Sunday.")).doesNotContain("protest");
    }

    @Test
    void aCampaignOfCivilDisobedienceIsAProtest() {
        assertThat(TestDocs.types("The party said it would launch a campaign of civil disobedience next month."))
                .contains("protest");
    }

    @Test
    void ralliesOfStudentsActivistsAndStrikersAreStreetProtests() {
        assertThat(TestDocs.types("Students have staged large rallies in three university towns since March."))
                .contains("protest").doesNotContain("rally");
        assertThat(TestDocs.types("Exiled activists have called for rallies in four European capitals next Sunday."))
                .contains("protest").doesNotContain("rally");
        assertThat(TestDocs.types("The party leader has called for a mass rally in the capital on Saturday."))
                .contains("rally").doesNotContain("protest");
    }

    // --- words that name no protest, attack or rally

    @Test
    void aFormalProtestIsAComplaintNoDemonstration() {
        assertThat(TestDocs.types("The ministry lodged a formal protest with the ambassador on Tuesday."))
                .doesNotContain("protest");
        assertThat(TestDocs.types("The agency filed a protest with the tender board on Tuesday."))
                .doesNotContain("protest");
    }

    @Test
    void whatAStrikePaysOrAwaitsIsNoStrike() {
        assertThat(TestDocs.types("Members will receive strike pay from the union's strike fund.")).doesNotContain("other");
        assertThat(TestDocs.types("The airline cancelled flights on Friday ahead of the strike deadline.")).doesNotContain("other");
        assertThat(TestDocs.types("The dockers have been on strike since Friday.")).contains("other");
    }

    @Test
    void aStrikeBallotIsAVoteNoStrike() {
        assertThat(TestDocs.types("In a ballot last week, nine in ten members backed strike action.")).doesNotContain("protest");
    }

    @Test
    void picketsArrestedAreTheArrestsVictims() {
        assertThat(TestDocs.types("Two pickets were arrested outside the depot on Tuesday.")).containsExactly("arrest");
        assertThat(TestDocs.types("Picketing drivers chanted outside the depot on Tuesday.")).contains("protest");
    }

    @Test
    void aRallyingPointIsNoRally() {
        assertThat(TestDocs.types("The old mill has become a rallying point for the campaign.")).doesNotContain("rally");
    }

    @Test
    void anAttackASpeakerNamesIsALabel() {
        assertThat(TestDocs.types("The mayor condemned what he called an attack on the republic.")).doesNotContain("attack");
        assertThat(TestDocs.types("The union leader called the decree \"an attack on every worker in the land.\""))
                .doesNotContain("attack");
        assertThat(TestDocs.types("Gunmen carried out an attack on a border post on Monday.")).contains("attack");
    }

    @Test
    void anAssaultDeniedIsNotReported() {
        assertThat(TestDocs.types("The prison service denied she had been assaulted by guards.")).doesNotContain("attack");
        assertThat(TestDocs.types("He was denied bail after his arrest on Monday.")).contains("arrest");
    }

    @Test
    void batonsOneSideIsAccusedOfUsingAreACharge() {
        assertThat(TestDocs.types("Residents accused officers of using batons against the marchers.")).doesNotContain("attack");
        assertThat(TestDocs.types("Officers charged the marchers with batons on Sunday.")).contains("attack");
    }

    @Test
    void aBeatingToldAsANounIsAnAttack() {
        assertThat(TestDocs.types("The vote on Thursday was marred by the beating of two reporters in Kelvo."))
                .contains("attack");
    }

    @Test
    void shopsShutByTheAuthoritiesAreNoStrike() {
        assertThat(TestDocs.types("The authorities stepped up enforcement, fining drivers and shutting down dozens of shops that served them."))
                .doesNotContain("protest");
        assertThat(TestDocs.types("Merchants shut down their shops in the old bazaar on Sunday.")).contains("other");
    }

    @Test
    void aGatheringWordInsideAVenueOrALawIsNoGathering() {
        assertThat(TestDocs.types("Police stopped the convoy near the Grand Conference Centre on Monday.")).doesNotContain("rally");
        assertThat(TestDocs.types("The court cited the Peaceful Assembly and Public Order Act on Tuesday.")).doesNotContain("rally");
        assertThat(TestDocs.types("Delegates opened the annual conference of the federation on Monday.")).contains("rally");
    }
}
