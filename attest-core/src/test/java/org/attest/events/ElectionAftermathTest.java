package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Election coverage, round 2 (events122): the winner's first words, greetings sent, forecasts of
 * turnout, dismissals of a campaign, the race's debates and campaign events, and banners that are
 * a charge or a campaign's advertising. Invented sentences, each with a contrast.
 */
class ElectionAftermathTest {

    @Test
    void aWinnersFirstWordsAreAStatement() {
        assertThat(types("In her first remarks as mayor-elect, she promised on Sunday to serve every district."))
                .contains("statement");
        assertThat(types("Varro, 61, said in a first message on social media that he would govern for all."))
                .contains("statement");
        assertThat(types("The first message of the day came from the dock workers.")).doesNotContain("statement");
    }

    @Test
    void messagesOfCongratulationAreAStatement() {
        assertThat(types("Messages of congratulation arrived from Lisbon and Oslo within hours of the result."))
                .contains("statement");
    }

    @Test
    void aForecastTurnoutIsSaidNotHeld() {
        assertThat(types("Pollsters close to the government have forecast a turnout of between 50 and 55 percent."))
                .contains("statement").doesNotContain("election");
        assertThat(types("Officials had hoped for participation of at least 60 percent in the capital."))
                .doesNotContain("election");
        assertThat(types("Turnout was 44 percent, the electoral commission said on Monday.")).contains("election");
        assertThat(types("The rulers have framed turnout as a test of the state, and want 50 percent.")).doesNotContain("election");
        assertThat(types("The rulers have framed turnout as a referendum on the state itself.")).doesNotContain("election");
        assertThat(types("Voters in Marlo backed the referendum on Sunday.")).contains("election");
    }

    @Test
    void aCampaignDismissedAsSomethingIsAStatement() {
        assertThat(types("The authorities have dismissed the boycott campaign as the work of foreign agents."))
                .contains("statement");
        assertThat(types("The teacher was dismissed as a punishment for joining the strike.")).doesNotContain("statement");
    }

    @Test
    void debatesAndCampaignEventsOfTheRaceAreOther() {
        assertThat(types("Three televised debates between the candidates are scheduled before campaigning ends on Friday."))
                .contains("other");
        assertThat(types("Candidates are due to hold their final campaign events on Thursday before the electoral silence."))
                .contains("other");
        assertThat(types("Parliament will debate the budget next week.")).doesNotContain("other");
    }

    @Test
    void aSwearingInSetForADayIsOther() {
        assertThat(types("She is expected to be sworn in before parliament in early September.")).contains("other");
        assertThat(types("Protests are expected in the capital in early September.")).doesNotContain("protest");
    }

    @Test
    void bannersOfACampaignOrOfAChargeAreNoProtest() {
        assertThat(types("Police said they had detained nine men accused of disrupting the vote by tearing down campaign banners."))
                .doesNotContain("protest");
        assertThat(types("Protesters carried banners reading \"No more lies\" outside the governor's office."))
                .contains("protest");
    }
}
