package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.sentencesOf;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Event rules from a held-out set of reports beyond Iran (3 December 2026, ev19), invented
 * sentences with a contrast case each: a crowd dispersed after a told protest is its policing;
 * "the hashtag", "the trend" going on with a told campaign; a reporting verb's place and medium
 * before its date ("announced at a news conference in Ankara on Thursday"); an event noun that is
 * the subject of a ban; a freedom "under attack"; participants as the object of another verb.
 */
class HeldOutAbroadRoundTest {

    @Test
    void aCrowdDispersedAfterAToldProtestIsItsPolicing() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("Dockers protested outside the port authority in Velmora on Saturday.")
                .paragraph("Police used tear gas to disperse the crowds.")
                .paragraph("After ordering the dockers to leave, officers used batons to disperse the crowd.")
                .date("Saturday", "2024-05-11", DatePrecision.DAY).place("Velmora", 9001).build();
        assertThat(sentencesOf(d, "protest")).hasSize(1).allMatch(s -> s.startsWith("Dockers protested"));
        // told first, the dispersal is the report of a protest
        assertThat(types("Police dispersed a crowd outside the port authority.")).containsExactly("protest");
    }

    @Test
    void participantsOrderedToLeaveAreNoActorsOfTheirOwn() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("Dockers protested outside the port authority in Velmora on Saturday.")
                .paragraph("After ordering protesters to leave the quay, police used water cannon to disperse the crowd.")
                .date("Saturday", "2024-05-11", DatePrecision.DAY).place("Velmora", 9001).build();
        assertThat(sentencesOf(d, "protest")).hasSize(1);
        // participants who open the sentence with a verb of their own still act; in a town of
        // their own that is a protest of its own (on the lead's day in Velmora, the same one told
        // again: round evfp20)
        Document acting = TestDocs.doc().published("2024-05-12")
                .paragraph("Dockers protested outside the port authority in Velmora on Saturday.")
                .paragraph("In Kelmar, protesters blocked the quay with burning tyres.")
                .date("Saturday", "2024-05-11", DatePrecision.DAY).place("Velmora", 9001).place("Kelmar", 9002).build();
        assertThat(sentencesOf(acting, "protest")).hasSize(2);
    }

    @Test
    void theTrendGoingOnWithAToldCampaignIsNoNewCampaign() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("Dockers launched an online campaign, #PortsStandStill, on Friday.")
                .paragraph("The trend has been trending near the top with 9,000 tweets.")
                .date("Friday", "2024-05-10", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "online_campaign")).hasSize(1).allMatch(s -> s.startsWith("Dockers launched"));
        // the first report of a campaign through its hashtag stays
        assertThat(types("The hashtag #PortsStandStill has been trending with 9,000 tweets.")).contains("online_campaign");
    }

    @Test
    void aReportsPlaceAndMediumBeforeItsDateStillMakeItTheReportsDate() {
        Document d = TestDocs.doc().published("2025-03-28")
                .paragraph("The minister announced at a news conference in Ostrava on Thursday that a total of 300 people have been detained since March 19, when the mayor and dozens of others were detained.")
                .date("Thursday", "2025-03-27", DatePrecision.DAY).date("March 19", "2025-03-19", DatePrecision.DAY)
                .place("Ostrava", 9002).build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("statement")).extracting(e -> e.date())
                .containsExactly("2025-03-27");
        // a place before the date of the reported clause's own verb is that verb's
        Document gathered = TestDocs.doc().published("2025-03-28")
                .paragraph("Witnesses said protesters gathered in Ostrava on Thursday.")
                .date("Thursday", "2025-03-27", DatePrecision.DAY).place("Ostrava", 9002).build();
        assertThat(events(gathered)).filteredOn(e -> e.type().equals("protest")).extracting(e -> e.date())
                .containsExactly("2025-03-27");
    }

    @Test
    void anEventNounThatIsTheSubjectOfABanIsNoEvent() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("Demonstrations have been banned in the province since 2022, the governor said.")
                .date("2022", "2022", DatePrecision.YEAR).build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
        assertThat(types("Demonstrations have continued in the province, the governor said.")).containsExactly("protest");
    }

    @Test
    void aFreedomUnderAttackIsAFigureOfSpeech() {
        assertThat(types("Press freedom was also under attack, the union added.")).doesNotContain("attack");
        assertThat(types("The convoy came under attack near the border crossing.")).containsExactly("attack");
    }

    @Test
    void aReportInThePresentPerfectIsOfThePublicationDay() {
        Document d = TestDocs.doc().published("2025-03-27")
                .paragraph("The interior minister has announced that 300 people have been detained over protests that erupted after the mayor was taken into custody.")
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("statement")).extracting(e -> e.date())
                .containsExactly("2025-03-27");
        // a report dated in its own words keeps that date
        Document dated = TestDocs.doc().published("2025-03-27")
                .paragraph("The interior minister announced on Monday that 300 people have been detained over the protests.")
                .date("Monday", "2025-03-24", DatePrecision.DAY).build();
        assertThat(events(dated)).filteredOn(e -> e.type().equals("statement")).extracting(e -> e.date())
                .containsExactly("2025-03-24");
    }

    @Test
    void theYearOfACountDatesTheEventsCounted() {
        Document d = TestDocs.doc()
                .paragraph("The kingdom has carried out a record number of executions after two hangings took the 2024 figure to 150.")
                .paragraph("It executed 120 prisoners in 2023.")
                .paragraph("The state news agency announced the latest two hangings.")
                .date("2024", "2024", DatePrecision.YEAR).date("2023", "2023", DatePrecision.YEAR).build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("execution")).extracting(e -> e.date())
                .contains("2024");
        // and it is the lead's year for the undated sentences after it
        assertThat(events(d)).filteredOn(e -> e.type().equals("statement")).extracting(e -> e.date())
                .containsExactly("2024");
        // a year before a noun that is no count still names that noun alone
        Document commission = TestDocs.doc()
                .paragraph("Two prisoners were hanged, said a member of the 1988 commissions.")
                .paragraph("It executed 120 prisoners in 2023.")
                .date("1988", "1988", DatePrecision.YEAR).date("2023", "2023", DatePrecision.YEAR).build();
        assertThat(events(commission)).filteredOn(e -> e.type().equals("execution")).extracting(e -> e.date())
                .doesNotContain("1988");
    }

    @Test
    void electionDayDetailsCallsToShunAVoteAndComparedElections() {
        assertThat(types("Voting was suspended at nine stations after ballot boxes went missing.")).containsExactly("election");
        assertThat(types("The opposition called a general strike, asking voters to shun the election.")).contains("boycott_call");
        assertThat(types("Voters went to the polls in the last election before the reform.")).containsExactly("election");
    }

    @Test
    void anElectionATurnoutIsComparedWithIsNoEvent() {
        Document d = TestDocs.doc().published("2024-01-08")
                .paragraph("Turnout was put at 31 percent when polls closed on Sunday, compared with 62 percent in the last election in 2018.")
                .date("Sunday", "2024-01-07", DatePrecision.DAY).date("2018", "2018", DatePrecision.YEAR).build();
        assertThat(events(d)).extracting(e -> e.date()).containsExactly("2024-01-07");
    }

    @Test
    void anAuthoritysCharacterisationIsAStatementAndWhatItDescribesATopic() {
        assertThat(types("The government threatened legal action against the organisers, describing the marches as a foreign plot."))
                .containsExactly("statement");
        // relatives describing a demand, witnesses describing scenes: no news statement
        assertThat(types("Relatives said they had been asked to pay for the bodies, describing the demand as cruel.")).isEmpty();
        assertThat(types("Witnesses described scenes of chaos outside the court.")).isEmpty();
    }
}
