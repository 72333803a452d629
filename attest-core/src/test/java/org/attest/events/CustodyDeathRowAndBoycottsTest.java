package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Acts of custody, killing, death sentences, online campaigns and boycotts that were missed or
 * given falsely (round acts25): custody told without "arrested", deaths in riots, wars and at a
 * hospital's door, death row, a death sentence replaced, tweets that were an offence, a campaign
 * that spread online, a call to stop paying taxes, and the date of a boycotted vote. All sentences
 * are invented for these tests.
 */
class CustodyDeathRowAndBoycottsTest {
    @Test
    void custodyToldWithoutArrestedIsAnArrest() {
        assertThat(TestDocs.types("Two climate activists were briefly held by police near the quarry on Sunday.")).contains("arrest");
        assertThat(TestDocs.types("The party said 40 of its members remain in detention in the north.")).contains("arrest");
        assertThat(TestDocs.types("The blogger remains in custody on charges of spreading false news.")).contains("arrest");
        assertThat(TestDocs.types("The union said 25 of its organisers were picked up on the eve of the strike."))
                .contains("arrest");
        assertThat(TestDocs.types("The poet was taken from her home in Varnel in June.")).contains("arrest");
        assertThat(TestDocs.types("The former mayor, who spent 18 months in prison on fraud charges, returned to politics."))
                .contains("arrest");
    }

    @Test
    void heldSinceIsCustodyButAVoteHeldSinceIsNone() {
        List<Event> held = events("A reporter, Tomas Vel, has been held in Dorva since March 2021.", "2024-05-02");
        assertThat(datesOf(held, "arrest")).containsExactly("2021-03");
        assertThat(TestDocs.types("Local elections have been held in the province every four years since 1990."))
                .doesNotContain("arrest");
    }

    @Test
    void peoplePickedUpWithoutAnAuxiliaryAndThingsPickedUpAreNoArrest() {
        assertThat(TestDocs.types("She was among six people picked up in dawn raids in the port that day."))
                .doesNotContain("arrest");
        assertThat(TestDocs.types("The pace of voting picked up in the afternoon.")).doesNotContain("arrest");
    }

    @Test
    void aSentenceExtendedIsACourtsAct() {
        assertThat(TestDocs.types("The court had his sentence extended by three years in 2022.")).contains("other");
        List<Event> held = events("The cartoonist has been held in Sarvo since May 2020 and had his sentence extended "
                + "by two years in 2023.", "2024-05-02");
        assertThat(datesOf(held, "arrest")).containsExactly("2020-05");
    }

    @Test
    void deathsInRiotsWarsAndAtTheHospitalDoorAreKillings() {
        assertThat(TestDocs.types("The riots of 1992 left more than 50 people dead in the capital.")).contains("killing");
        assertThat(TestDocs.types("Doctors said the young farmer was brought dead with a wound to the head."))
                .contains("killing");
        assertThat(TestDocs.types("Some 4,000 villagers are thought by researchers to have died in the conflict."))
                .contains("killing");
        assertThat(TestDocs.types("A guard died in hospital in the capital after being hit by a brick.")).contains("killing");
    }

    @Test
    void protestersWhoDiedOfColdOrAccidentsWereNotKilled() {
        assertThat(TestDocs.types("Unions say more than 200 protesters died during the long sit-in, mostly from cold and "
                + "road accidents.")).doesNotContain("killing");
        assertThat(TestDocs.types("Witnesses said three protesters died when police opened fire.")).contains("killing");
    }

    @Test
    void deathRowIsADeathSentence() {
        // fp50: told in the present with no date, death row counts those under sentence and tells no
        // sentencing (PresentStates); the dev sets' coders give such a line no event
        assertThat(TestDocs.types("About 400 prisoners are currently on death row in the country, a monitor says."))
                .doesNotContain("death_sentence");
        assertThat(TestDocs.types("Two death-row inmates from the coast were convicted in 2015 after a mass trial."))
                .contains("death_sentence");
    }

    @Test
    void aDeathSentenceReplacedWithPrisonIsCommuted() {
        assertThat(TestDocs.types("A higher court replaced the death sentence with a 25-year prison term last year."))
                .containsExactly("other");
    }

    @Test
    void tweetsThatWereAnOffenceAreNoCampaign() {
        assertThat(TestDocs.types("A retired nurse was sentenced to ten years in prison over a few tweets criticising the "
                + "governor.")).doesNotContain("online_campaign");
        assertThat(TestDocs.types("A campaign that spread online with the slogan “Not In Our Name” drew students to the "
                + "square.")).contains("online_campaign");
    }

    @Test
    void aCallToStopPayingTaxesIsABoycottCall() {
        assertThat(TestDocs.types("The alliance urged residents to stop paying taxes until the vote is rerun."))
                .contains("boycott_call");
        assertThat(TestDocs.types("Many households stopped paying rent during the lockdown.")).doesNotContain("boycott_call");
    }

    @Test
    void aBoycottedVoteDatesTheBoycott() {
        List<Event> party = events("The opposition front, which boycotted the January election, has backed the strikes.",
                "2024-08-10");
        assertThat(datesOf(party, "boycott_call")).containsExactly("2024-01");
        List<Event> fronts = events("Two parties boycotted the 2019 polls, saying their leaders had been harassed.",
                "2024-08-10");
        assertThat(datesOf(fronts, "boycott_call")).containsExactly("2019");
        // a call for a boycott of a vote to come is made now
        List<Event> call = events("The movement on Friday called for a boycott of the 2026 election.", "2024-08-10");
        assertThat(datesOf(call, "boycott_call")).containsExactly("2024-08-09");
    }

    @Test
    void thatBeforeAVerbInThePastOpensARelativeClauseNotAPointerBack() {
        List<Event> war = events("At least two people were killed in Dorvan on Tuesday, a monitor said.\n\n"
                + "The unrest is the worst since a 1994 truce ended a ten-year war that killed about 200,000 people, "
                + "analysts say.", "2024-05-02");
        assertThat(war.stream().filter(e -> e.type().equals("killing")).count()).isEqualTo(2);
        List<Event> pointer = events("At least two people were killed in Dorvan on Tuesday, a monitor said.\n\n"
                + "Nobody has been charged over that killing, relatives say.", "2024-05-02");
        assertThat(pointer.stream().filter(e -> e.type().equals("killing")).count()).isEqualTo(1);
    }

    @Test
    void aCourtOrderingPretrialDetentionRulesOnCustodyAlreadyBegun() {
        assertThat(TestDocs.types("A magistrate in Orvel ordered the four reporters to be held in pre-trial detention."))
                .containsExactly("other");
    }

    @Test
    void oneRunOverByAPoliceVehicleWhoDiedWasKilled() {
        assertThat(TestDocs.types("Anger grew after the death of a courier who was run over by an armoured police truck."))
                .contains("killing");
        assertThat(TestDocs.types("A courier was run over by a police truck and taken to hospital with a broken leg."))
                .doesNotContain("killing");
    }

    @Test
    void killingsHeldToAccountForAreATopic() {
        assertThat(TestDocs.types("Relatives say no officer was ever held to account for the killings.")).doesNotContain("killing");
        assertThat(TestDocs.types("The bishop said soldiers had killed 12 villagers and must be held to account."))
                .contains("killing");
    }
}
