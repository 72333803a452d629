package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Held-out round ev18 (3 December 2026, invented sentences): what {@link Retellings} keeps apart
 * (a second event of the day, a coming rally's programme); names, appositives, crackdowns, slogans
 * and dispersals that point back; trends and bans; statements
 * disclosed or described; crowds gathered demanding.
 */
class RetoldByDayTest {

    @Test
    void theSameDayInANewPlaceOrForMorePeopleIsANewEvent() {
        Document elsewhere = TestDocs.doc().published("2024-03-08")
                .paragraph("Four prisoners were hanged in Dorvana prison on 2 March, the group said.")
                .paragraph("Two prisoners were hanged in Kelmar on March 2.")
                .date("2 March", "2024-03-02", DatePrecision.DAY).date("March 2", "2024-03-02", DatePrecision.DAY)
                .place("Dorvana", 9101).place("Kelmar", 9102).build();
        assertThat(sentencesOf(elsewhere, "execution")).hasSize(2);
        Document more = TestDocs.doc().published("2024-03-08")
                .paragraph("Four prisoners were hanged in Dorvana prison on 2 March, the group said.")
                .paragraph("Two more prisoners were hanged on March 2.")
                .date("2 March", "2024-03-02", DatePrecision.DAY).date("March 2", "2024-03-02", DatePrecision.DAY)
                .place("Dorvana", 9101).build();
        assertThat(sentencesOf(more, "execution")).hasSize(2);
    }

    @Test
    void aComingRallyAnnouncedForItsDayLineByLineKeepsItsLines() {
        Document d = TestDocs.doc().published("2024-03-08")
                .paragraph("On March 20, thousands of supporters will join a conference of the movement.")
                .paragraph("At the March 20 conference, speakers will address the crowd.")
                .date("March 20", "2024-03-20", DatePrecision.DAY).date("March 20", "2024-03-20", DatePrecision.DAY)
                .build();
        assertThat(sentencesOf(d, "rally")).hasSize(2);
    }

    @Test
    void aSurgeOrEscalationNamesATrendNotAnEvent() {
        assertThat(TestDocs.types("Falling wages have led to a surge of protests in several towns.")).doesNotContain("protest");
        assertThat(TestDocs.types("The rapporteur condemned a dramatic escalation of executions in the country."))
                .contains("statement").doesNotContain("execution");
        assertThat(TestDocs.types("Falling wages led to protests in several towns.")).contains("protest");
    }

    @Test
    void disclosingIsAStatement() {
        assertThat(TestDocs.types("The union disclosed that its members had received threats.")).contains("statement");
    }

    @Test
    void aToldProtestNamedByANameBeforeItsNounPointsBack() {
        Document d = TestDocs.doc().published("2024-03-08")
                .paragraph("Students protested against fee rises in Dorvana on Monday.")
                .paragraph("A lawyer urged restraint, saying those who joined the Dorvana University protests had done nothing wrong.")
                .date("Monday", "2024-03-04", DatePrecision.DAY).place("Dorvana", 9101).build();
        assertThat(sentencesOf(d, "protest")).hasSize(1).allMatch(s -> s.startsWith("Students"));
        // a capitalised event name is a name whole, and a subject before a verb is no noun phrase
        Document named = TestDocs.doc().published("2024-03-08")
                .paragraph("Students protested against fee rises in Dorvana on Monday.")
                .paragraph("The Dorvana Student Union wrote that the fees would be challenged in court.")
                .date("Monday", "2024-03-04", DatePrecision.DAY).place("Dorvana", 9101).build();
        assertThat(sentencesOf(named, "statement")).hasSize(1);
    }

    @Test
    void peopleGatheredDemandingOrChantingProtest() {
        assertThat(TestDocs.types("Hundreds of exiles gathered in a city park demanding the release of prisoners.")).contains("protest");
        assertThat(TestDocs.types("Hundreds of exiles gathered in a city park to hear the orchestra.")).doesNotContain("protest");
    }

    @Test
    void aBannedEventNamesNoEvent() {
        assertThat(TestDocs.types("Street protests have been banned in the province since 2021, officials said.")).doesNotContain("protest");
        assertThat(TestDocs.types("Street protests were held in the province in 2021, officials said.")).contains("protest");
    }

    @Test
    void whatWitnessesDescribeIsNoStatement() {
        assertThat(TestDocs.types("Witnesses described scenes of panic at the market on Sunday.")).doesNotContain("statement");
        assertThat(TestDocs.types("The ministry described the closure of the market as temporary.")).contains("statement");
    }

    @Test
    void slogansOfAToldProtestWithNoPlaceOrDateOfTheirOwnDescribeIt() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("Nurses staged a protest outside the health ministry in Velmora on Saturday.")
                .paragraph("Participants voiced their anger with slogans such as \u201cNo pay, no care\u201d.")
                .date("Saturday", "2024-05-11", DatePrecision.DAY).place("Velmora", 9001).build();
        assertThat(sentencesOf(d, "protest")).hasSize(1).allMatch(s -> s.startsWith("Nurses"));
        Document elsewhere = TestDocs.doc().published("2024-05-12")
                .paragraph("Nurses staged a protest outside the health ministry in Velmora on Saturday.")
                .paragraph("In Ostrava, slogans such as \u201cNo pay, no care\u201d were painted on hospital walls.")
                .date("Saturday", "2024-05-11", DatePrecision.DAY).place("Velmora", 9001).place("Ostrava", 9002).build();
        assertThat(sentencesOf(elsewhere, "protest")).hasSize(2);
    }

    @Test
    void countedPeopleNamedInAnAppositiveArePeopleMetBefore() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("Authorities in Velmora hanged three men on Sunday for drug smuggling, the court said.")
                .paragraph("The three men, identified as Arman Tali, Reza Vosough, and Kian Dorri were hanged after a closed trial.")
                .date("Sunday", "2024-05-12", DatePrecision.DAY).place("Velmora", 9001).build();
        assertThat(sentencesOf(d, "execution")).hasSize(1).allMatch(s -> s.startsWith("Authorities"));
        Document other = TestDocs.doc().published("2024-05-12")
                .paragraph("Authorities in Velmora hanged three men on Sunday for drug smuggling, the court said.")
                .paragraph("Two women, identified as Sara Tali and Mina Dorri, were hanged after a closed trial.")
                .date("Sunday", "2024-05-12", DatePrecision.DAY).place("Velmora", 9001).build();
        assertThat(sentencesOf(other, "execution")).hasSize(2);
    }

    @Test
    void anAlarmingNumberOfExecutionsIsATrend() {
        assertThat(TestDocs.types("This year the authorities have carried out an alarming number of executions.")).doesNotContain("execution");
        assertThat(TestDocs.types("The authorities carried out a number of executions in the central prison on Sunday.")).contains("execution");
    }

    @Test
    void aClampdownOnToldProtestsNamesThem() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("Protests erupted in Velmora on Friday over the death of a student.")
                .paragraph("Since then, nine people have been killed in an ongoing clampdown on protests, the group said.")
                .date("Friday", "2024-05-10", DatePrecision.DAY).place("Velmora", 9001).build();
        assertThat(sentencesOf(d, "protest")).hasSize(1).allMatch(s -> s.startsWith("Protests erupted"));
        assertThat(sentencesOf(d, "killing")).hasSize(1);
    }

    @Test
    void dispersingTheCrowdOfAToldProtestIsItsPolicing() {
        Document d = TestDocs.doc().published("2024-05-12")
                .paragraph("Hundreds of miners protested outside the company offices in Velmora on Friday.")
                .paragraph("Police used batons to disperse the crowd.")
                .date("Friday", "2024-05-10", DatePrecision.DAY).place("Velmora", 9001).build();
        assertThat(sentencesOf(d, "protest")).hasSize(1).allMatch(s -> s.startsWith("Hundreds"));
        Document elsewhere = TestDocs.doc().published("2024-05-12")
                .paragraph("Hundreds of miners protested outside the company offices in Velmora on Friday.")
                .paragraph("In Ostrava, police used batons to disperse a crowd of strikers.")
                .date("Friday", "2024-05-10", DatePrecision.DAY).place("Velmora", 9001).place("Ostrava", 9002).build();
        assertThat(sentencesOf(elsewhere, "protest")).hasSize(2);
    }

    @Test
    void anAuthorityDescribingSomethingAsSomethingMakesAStatement() {
        assertThat(TestDocs.types("The interior ministry has threatened to sue the organisers, describing the march as a plot.")).contains("statement");
        assertThat(TestDocs.types("Relatives of the miner said they were told to pay for the funeral, describing the demand as cruel."))
                .doesNotContain("statement");
    }

    @Test
    void similarRalliesAfterStreetRalliesAreProtests() {
        assertThat(TestDocs.types("Similar rallies were staged in two other towns.")).contains("protest");
        assertThat(TestDocs.types("Party rallies were staged in two other towns.")).doesNotContain("protest");
    }
}
