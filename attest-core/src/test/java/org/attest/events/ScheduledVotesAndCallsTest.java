package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r180 (7 December 2026, invented sentences on wire copy of unrest): a vote a country holds
 * or a government faces on a year-less day is set for the coming one; a past after a plan ("which was
 * shared on Tuesday", "a leader detained in January") keeps its date behind; a strike called with words
 * between ("called a national student strike") is the call; what an "until" clause awaits after a vow or a
 * refusal ("would not end the sit-in until the law was withdrawn") did not happen; members of organisations
 * outside Congress stand at a legislature, no congress held; "National Guard troops" name the force, no
 * deployment; a quote whose speaker is given with an age ("said X, 41, a village chairman") is an
 * interview's colour, no statement; tear gas or water cannon fired at a crowd is the protest's policing,
 * no attack, unless the sentence tells harm or another weapon; pre-trial detention a court orders remands
 * people held, no new arrest; a result told in offices won ("won 12 of the 20 governorships") is the vote;
 * a strike that "left" people dead tells a killing, as a protest that did; a march called for in the verb
 * ("called on its members to march to the capital") is a protest announced.
 */
class ScheduledVotesAndCallsTest {

    @Test
    void aVoteHeldOrFacedInThePresentTenseIsTheComingOne() {
        String text = "Vote ahead\n\nThe republic holds parliamentary elections on May 3, and the main parties began campaigning.\n";
        assertThat(datesOf(events(text, "2031-02-10"), "election")).containsExactly("2031-05-03");
        text = "Vote ahead\n\nOfficials said the cabinet, which faces a general election in October, wanted calm.\n";
        assertThat(datesOf(events(text, "2031-02-10"), "election")).containsExactly("2031-10");
        // a vote told in the past tense keeps last year's day
        text = "Vote behind\n\nThe republic held parliamentary elections on May 3, and the result was disputed.\n";
        assertThat(datesOf(events(text, "2031-02-10"), "election")).containsExactly("2030-05-03");
    }

    @Test
    void aPastClauseAfterAPlanKeepsItsDateBehind() {
        // 2031-03-12 is a Wednesday
        String text = "Call\n\nThe students' union urged members to post the hashtag #FaresOut, which was trending in the capital on Monday night.\n";
        assertThat(datesOf(events(text, "2031-03-12"), "online_campaign")).containsExactly("2031-03-10");
        text = "March\n\nFishermen said they would sail to the capital next month to demand the release of a leader detained in February.\n";
        assertThat(datesOf(events(text, "2031-03-12"), "arrest")).contains("2031-02").doesNotContain("2032-02");
        // the plan's own day stays ahead
        text = "Call\n\nThe students' union called for a march to the ministry on Monday.\n";
        assertThat(datesOf(events(text, "2031-03-12"), "protest")).containsExactly("2031-03-17");
    }

    @Test
    void aStrikeCalledWithWordsBetweenIsTheCall() {
        assertThat(types("The dockers' federation called a national port strike for Friday.")).contains("boycott_call")
                .doesNotContain("other");
        assertThat(types("The teachers' union called an indefinite strike from Monday over unpaid wages."))
                .contains("boycott_call");
        // an air strike someone called a crime is no call
        assertThat(types("The minister called a drone strike on the village a crime.")).doesNotContain("boycott_call");
    }

    @Test
    void whatAnUntilClauseAwaitsAfterAVowDidNotHappen() {
        assertThat(types("The union leader said they would not end the sit-in until the new tax was repealed."))
                .doesNotContain("other").contains("statement");
        assertThat(types("Farmers vowed to stay on the motorway until the land law is repealed."))
                .doesNotContain("other");
        // a wait that ended tells what ended it
        assertThat(types("The sit-in did not end until the new tax was repealed in March."))
                .contains("other");
    }

    @Test
    void organisationsBeforeCongressHoldNoCongress() {
        assertThat(types("Hundreds of members of farmers' organisations gathered outside Congress on Monday."))
                .doesNotContain("rally").contains("protest");
        // a congress organised is held
        assertThat(types("The movement organised a congress of its regional chapters in the port city on Monday."))
                .contains("rally");
    }

    @Test
    void nationalGuardTroopsNameTheForceNoDeployment() {
        assertThat(types("Farmers clashed with National Guard troops on the bridge on Friday.")).doesNotContain("statement");
        // troops of the guard sent in are a deployment
        assertThat(types("The governor deployed National Guard troops to the border town on Friday.")).contains("statement");
    }

    @Test
    void aQuotedSpeakerGivenWithAnAgeIsNoOfficesVoice() {
        assertThat(types("\"We will not leave the square,\" said Tomas Varga, 41, a village chairman from the hills."))
                .doesNotContain("statement");
        // the same speaker without an age speaks for the office
        // stmt190: dated, a quoted official's words stay a statement; undated they are a remark (PersonalRemarksTest)
        assertThat(types("\"We will not leave the square,\" said Tomas Varga, a village chairman from the hills, on Monday."))
                .contains("statement");
    }

    @Test
    void crowdControlAtACrowdIsThePoliceOfTheProtest() {
        assertThat(types("Riot police fired tear gas and water cannon at hundreds of nurses who marched on the ministry on Monday."))
                .contains("protest").doesNotContain("attack");
        assertThat(types("Gendarmes used tear gas to disperse about 200 farmers who had blocked the motorway on Monday."))
                .contains("protest").doesNotContain("attack");
        // harm told, or a weapon beyond crowd control, is the force on its own
        assertThat(types("Riot police fired tear gas at nurses who marched on the ministry on Monday, injuring twelve."))
                .contains("attack");
        assertThat(types("Riot police fired tear gas and rubber bullets at nurses who marched on the ministry on Monday."))
                .contains("attack");
    }

    @Test
    void preTrialDetentionACourtOrdersIsNoNewArrest() {
        assertThat(types("A magistrate in the port city on Friday ordered pre-trial detention for six dockers accused of arson."))
                .contains("other").doesNotContain("arrest");
        // people placed in it are detained
        assertThat(types("Six dockers were placed in pre-trial detention on Friday.")).contains("arrest");
    }

    @Test
    void aResultToldInOfficesWonIsTheVote() {
        assertThat(types("The governing alliance won 12 of the 20 governorships at stake on Sunday.")).contains("election");
        assertThat(types("Independents won most mayoralties in the northern provinces.")).contains("election");
        // a court case won is no vote
        assertThat(types("The governing alliance won the court case on Sunday.")).doesNotContain("election");
    }

    @Test
    void aStrikeThatLeftPeopleDeadTellsAKilling() {
        assertThat(types("In 2019 a month-long strike over the fuel price left six people dead.")).contains("killing");
        // a lightning strike or a hunger strike kills in no unrest
        assertThat(types("A lightning strike left two herders dead on the plateau.")).doesNotContain("killing");
    }

    @Test
    void aMarchCalledForInTheVerbIsAProtestAnnounced() {
        assertThat(types("The federation has called on its branches to march to the capital next week, though no day is set."))
                .contains("protest");
        assertThat(types("Opposition leaders urged supporters to march on the electoral office on Saturday.")).contains("protest");
        // a call never made is none
        assertThat(types("The federation has never called on its branches to march to the capital.")).doesNotContain("protest");
    }
}
