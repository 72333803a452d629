package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round events72 (invented sentences): an activist network's round-up of its actions by place, a
 * leader's picture or statue burnt or defaced, slogans written on walls, tools laid down and
 * working people who gather are protests; a letter or statement that lawmakers sign is a
 * statement; a body named by its acronym speaks.
 */
class RoundUpsAndSymbolsTest {

    private static List<String> types(String... paragraphSentences) {
        return TestDocs.events(TestDocs.doc().paragraph(paragraphSentences).build()).stream().map(Event::type).toList();
    }

    @Test
    void aRoundUpOfActionsByPlaceIsAProtest() {
        assertThat(TestDocs.types("Last month the Youth Circles carried out 140 activities in 35 cities.")).containsExactly("protest");
        assertThat(TestDocs.types("Activities were also reported in Kelmar, Ostrava Nova and Dunmere.")).containsExactly("protest");
        assertThat(TestDocs.types("Similar acts were reported in Kelmar and Dunmere.")).containsExactly("protest");
    }

    @Test
    void aRoundUpInABoycottCampaignCountsTheCampaign() {
        assertThat(types("The network urged voters to stay home on polling day.",
                "Its members carried out 90 activities in 20 provinces in the first week.")).contains("boycott_call");
        assertThat(types("The network has run a campaign for a boycott of the regional vote.",
                "Its members carried out 90 activities in 20 provinces in the first week."))
                .containsOnly("boycott_call");
    }

    @Test
    void espionageActivitiesAreNoProtest() {
        assertThat(TestDocs.types("The two men were accused of having carried out espionage activities in several cities."))
                .doesNotContain("protest", "boycott_call");
    }

    @Test
    void aLeadersPictureBurntIsAProtest() {
        assertThat(TestDocs.types("In Kelmar, a large picture of the governor was torched on the main boulevard.")).containsExactly("protest");
        assertThat(TestDocs.types("Students set fire to a banner of the president outside the faculty.")).containsExactly("protest");
        assertThat(TestDocs.types("Pictures of the general were set on fire in three districts of the capital.")).containsExactly("protest");
        assertThat(TestDocs.types("Unknown people defaced a mural of the late commander overnight.")).containsExactly("protest");
    }

    @Test
    void aBuildingBurntStaysAnAttack() {
        // A sentence that burns a picture as well reads as a protest (TypeChoicesRoundTest): in reports
        // a leader's poster torched "near the governor's office" is far more common than both burnt.
        assertThat(TestDocs.types("Rioters torched the party's offices in the old town.")).containsExactly("attack");
    }

    @Test
    void slogansOnWallsAreAProtest() {
        assertThat(TestDocs.types("In Dunmere, young people wrote \"Down with the governor\" on walls.")).containsExactly("protest");
    }

    @Test
    void toolsLaidDownAreAStrike() {
        assertThat(TestDocs.types("By Thursday, dockers in Kelmar had also laid down their tools.")).containsExactly("other");
    }

    @Test
    void workingPeopleWhoGatherProtest() {
        assertThat(TestDocs.types("In Kelmar, nearly 300 retirees of the rail company gathered on Monday.")).containsExactly("protest");
        assertThat(TestDocs.types("Farmers gathered on Sunday for the harvest festival in Dunmere.")).doesNotContain("protest");
    }

    @Test
    void aLetterLawmakersSignIsAStatement() {
        assertThat(TestDocs.types("Separately, 18 senators signed a letter to the foreign minister on Tuesday.")).containsExactly("statement");
        assertThat(TestDocs.types("A letter from the Kelmar Friends Committee, signed by more than 200 deputies, was delivered to the premier."))
                .containsExactly("statement");
        assertThat(TestDocs.types("The campaigners urged deputies who had not yet signed the letter to do so.")).doesNotContain("statement");
    }

    @Test
    void aBodyNamedByItsAcronymSpeaks() {
        assertThat(TestDocs.types("The VRF said on Monday that the claim was meant to frighten students.")).containsExactly("statement");
        assertThat(TestDocs.types("The claim was meant to frighten students, the VRF said.")).isEmpty();
    }

    @Test
    void aPresidentElectSpeaks() {
        assertThat(TestDocs.types("The council's president-elect Dana Orvel called on students to support the dockers."))
                .containsExactly("statement");
    }

    @Test
    void aRoundUpTheReportGoesOnWithListsItsPlaces() {
        List<Event> events = DatedReports.events("The Youth Circles carried out 140 activities in 35 cities last week.\n\n"
                + "The activities were reported in Kelmar, Dunmere, Ostrava Nova and Varnby.\n", "2026-05-14");
        assertThat(events).extracting(Event::type).containsExactly("protest", "protest");
    }

    @Test
    void aLetterTheReportGoesOnWithIsSigned() {
        List<Event> events = DatedReports.events("Lawmakers in Varnby wrote to the foreign minister about the detained sailors.\n\n"
                + "The letter was signed by 53 deputies from four parties.\n", "2026-05-14");
        assertThat(events).extracting(Event::type).contains("statement");
    }

    @Test
    void aStatementWhoseQuoteGoesOverAToldVoteIsTheStatement() {
        List<Event> events = DatedReports.events("Dalmora held a referendum on the new constitution on Sunday.\n\n"
                + "In a statement, the chairwoman of the Dalmora Council said: \"The people's answer in this referendum "
                + "is a verdict on the whole regime.\"\n", "2026-05-14");
        assertThat(events).extracting(Event::type).contains("statement");
    }

    @Test
    void aMessageIsAStatement() {
        assertThat(TestDocs.types("In a message to the students, the chairwoman of the Dalmora Council praised their courage."))
                .containsExactly("statement");
    }

    @Test
    void anOfficialWhoClaimsOrThreatensSpeaks() {
        assertThat(TestDocs.types("The head of the Varnby port authority claimed that only 5 percent of the cranes had stopped."))
                .containsExactly("statement");
        assertThat(TestDocs.types("On Friday, the country's chief prosecutor threatened the dockers with \"severe punishment.\""))
                .containsExactly("statement");
        assertThat(TestDocs.types("The state news agency admitted that supplies to some 30 percent of the depots had been cut."))
                .containsExactly("statement");
        assertThat(TestDocs.types("A dock hand said he had been threatened by his foreman.")).isEmpty();
    }

    @Test
    void aDailyThatWritesSpeaks() {
        assertThat(TestDocs.types("The Varnby daily Morgenpost wrote on Sunday that the dockers were \"paid agitators.\""))
                .containsExactly("statement");
    }

    @Test
    void aRaidLeavingSomeoneDeadIsAKilling() {
        assertThat(TestDocs.types("Police raided the Kelmar camp on Tuesday, seizing computers and leaving one resident dead."))
                .contains("killing");
    }

    @Test
    void aSpeakerWhoAddressesARallyGivesAStatement() {
        List<Event> events = DatedReports.events("Thousands of exiles rallied in Varnby on Saturday against the verdicts.\n\n"
                + "The opposition leader addressed the rally by video from Kelmar.\n", "2026-05-14");
        assertThat(events).extracting(Event::type).containsExactly("protest", "statement");
        assertThat(TestDocs.types("The mayor sent a letter addressed to the organisers of the rally.")).doesNotContain("statement");
        // a crowd the speaker addresses, named here first, stays an event of its own beside the speech
        assertThat(TestDocs.types("The union leader addressed some 2,000 marchers outside the Kelmar docks.")).contains("statement", "protest");
    }

    @Test
    void anOfficialNamedAfterHisQuoteMakesAStatement() {
        // stmt190: dated, a quoted official's words stay a statement; undated they are a remark (PersonalRemarksTest)
        assertThat(TestDocs.types("\"The verdict shows that the embassies are centres of intrigue,\" said Tarek Olm, chairman of the "
                + "Varnby Council's foreign affairs committee, on Monday.")).containsExactly("statement");
        assertThat(TestDocs.types("\"The port has never seen such anger among its workers,\" a party spokesperson said on Monday."))
                .contains("statement");
    }

    @Test
    void aQuotedWitnessOrDocumentMakesNone() {
        assertThat(TestDocs.types("\"This verdict is a victory for every family in the valley,\" said one former prisoner who "
                + "testified at the trial before the police came.")).doesNotContain("statement");
        assertThat(TestDocs.types("\"The regime is terrified of the harbour workers,\" the statement said.")).doesNotContain("statement");
        assertThat(TestDocs.types("\"We cannot feed our families on this pay,\" a crane driver in Kelmar said.")).doesNotContain("statement");
    }
}
