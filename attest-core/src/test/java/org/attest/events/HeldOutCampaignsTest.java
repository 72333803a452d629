package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Cases met on a held-out set of election, campaign and diaspora reports (December 2026), with
 * invented sentences and a contrast for each: the kin of people "who were" killed or arrested name
 * them; a cause that "drew" crowds "to the streets" is a protest; a news conference is no rally;
 * skirmishes and scuffles with police are protests; "the 2012 polls" are a vote; an institution
 * that says or reports something is a statement, unless the sentence reports another event; the
 * date of a report made "on its channel" is the report's, not that of what it reports; a chant
 * that refuses the vote is a boycott call; campaigns "on X" or "on social media" are online.
 */
class HeldOutCampaignsTest {

    @Test
    void theKinOfPeopleWhoWereKilledOrArrestedNameThem() {
        assertThat(types("Many relatives of people who were killed or arrested in the unrest attended, the organisers said."))
                .doesNotContain("killing", "arrest");
        assertThat(types("Relatives of people arrested in the spring met the governor.")).doesNotContain("arrest");
        // the people themselves, killed or arrested, are the news
        assertThat(types("Police arrested people who were marching to the court.")).contains("arrest");
    }

    @Test
    void aCauseThatDrewCrowdsToTheStreetsIsAProtest() {
        assertThat(types("The bread riots of 2011 drew thousands to the streets of the port city.")).contains("protest");
        assertThat(types("Residents poured into the streets after the verdict.")).contains("protest");
        assertThat(types("The festival drew thousands to the streets to celebrate the new year.")).doesNotContain("protest");
    }

    @Test
    void aNewsConferenceIsNoRally() {
        assertThat(types("The mayor told a televised news conference on Monday that the bridge would reopen."))
                .doesNotContain("rally");
        assertThat(types("Exiles held a conference in the capital on Monday to back the strikers.")).contains("rally");
    }

    @Test
    void skirmishesAndScufflesWithPoliceAreProtests() {
        assertThat(types("Skirmishes with police broke out near the parliament on Sunday.")).contains("protest");
        assertThat(types("Scuffles between students and security guards were reported at the gate.")).contains("protest");
        assertThat(types("Skirmishes between the army and rebel fighters continued in the hills.")).doesNotContain("protest");
    }

    @Test
    void theYearsPollsAreAVote() {
        assertThat(types("In the 2012 polls, only a third of voters took part.")).contains("election");
        assertThat(types("The 2023 polls show the ruling party far ahead.")).doesNotContain("election");
    }

    @Test
    void anInstitutionThatSaysOrReportsSomethingMakesAStatement() {
        assertThat(types("The police reported that traffic in the old town was back to normal.")).containsExactly("statement");
        assertThat(types("The foreign ministry said the ambassador would be recalled for consultations."))
                .containsExactly("statement");
        // a person's remark is no institution's statement
        assertThat(types("A shopkeeper said the market had been quiet for weeks.")).isEmpty();
        // a frame: the arrest it reports is the news
        assertThat(types("The police said 14 people were arrested in the square.")).containsExactly("arrest");
    }

    @Test
    void theDateOfAReportOnItsChannelIsTheReports() {
        Document d = TestDocs.doc().published("2023-06-18")
                .paragraph("The union said on its channel on June 17 that 40 nurses were arrested during a sit-in the"
                        + " previous day.")
                .date("June 17", "2023-06-17", DatePrecision.DAY).date("the previous day", "2023-06-16", DatePrecision.DAY)
                .build();
        assertThat(events(d)).extracting(Event::type, Event::date).contains(org.assertj.core.groups.Tuple.tuple("arrest", "2023-06-16"));
        // a place of the events themselves is no medium: "on its steps on June 17" dates the sit-in
        Document steps = TestDocs.doc().published("2023-06-20")
                .paragraph("Nurses held a sit-in on its steps on June 17.")
                .date("June 17", "2023-06-17", DatePrecision.DAY).build();
        assertThat(events(steps)).extracting(Event::date).containsExactly("2023-06-17");
    }

    @Test
    void aChantThatRefusesTheVoteIsABoycottCall() {
        assertThat(types("Nurses chanted \"We won't vote!\" outside the governor's office.")).contains("boycott_call");
        assertThat(types("Farmers said they would not vote in the March election.")).contains("boycott_call");
        // a vote on a bill is no election
        assertThat(types("The ministry will not vote on the budget until spring.")).doesNotContain("boycott_call");
    }

    @Test
    void campaignsOnANetworkAreOnline() {
        assertThat(types("Students ran campaigns on X (formerly Twitter) to mock the candidates.")).contains("online_campaign");
        assertThat(types("Volunteers ran a campaign on social media to name the detainees.")).contains("online_campaign");
        assertThat(types("Volunteers ran a campaign on water prices in the villages.")).doesNotContain("online_campaign");
    }
}
