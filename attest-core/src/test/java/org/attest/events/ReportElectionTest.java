package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A report's election lands on the sentence that tells the vote ({@link VoteMentions}); an
 * election only named as a reason or a time stands for it when nothing else tells it. Votes told by
 * abstentions or a share, and the authorities' acts of election reports (telecoms suspended,
 * troops deployed, gatherings banned, candidates withdrawing, warning shots, a government brought
 * down) as `other`. All sentences are invented; each rule has a contrast case.
 */
class ReportElectionTest {
    private static final String NAMING =
            "Police detained forty people in Velora on Sunday during protests over alleged fraud in last month's general election.";
    private static final String TELLING = "The general election on May 18 was marred by delays, and turnout was put at 38 percent.";

    private static Document namingThen(String... later) {
        TestDocs doc = TestDocs.doc().published("2025-06-10").paragraph(NAMING);
        for (String s : later) {
            doc.paragraph(s);
        }
        return doc.date("Sunday", "2025-06-08", DatePrecision.DAY).date("last month", "2025-05", DatePrecision.MONTH)
                .date("May 18", "2025-05-18", DatePrecision.DAY).build();
    }

    private static List<Event> elections(Document d) {
        return TestDocs.events(d).stream().filter(e -> e.type().equals("election")).toList();
    }

    @Test
    void aTellingOfTheVoteTakesThePlaceOfANamingBeforeIt() {
        Document d = namingThen(TELLING);
        assertThat(TestDocs.sentencesOf(d, "election")).containsExactly(TELLING);
        assertThat(elections(d).get(0).date()).isEqualTo("2025-05-18");
    }

    @Test
    void aNamingAloneStandsForTheReportsElection() {
        Document d = TestDocs.doc().published("2025-06-10").paragraph(NAMING)
                .date("Sunday", "2025-06-08", DatePrecision.DAY).date("last month", "2025-05", DatePrecision.MONTH).build();
        assertThat(TestDocs.sentencesOf(d, "election")).containsExactly(NAMING);
    }

    @Test
    void aNamingAfterTheVoteWasToldIsNoSecondElection() {
        String told = "Voters in Tarsen went to the polls on Sunday to choose a new parliament.";
        String named = "On Wednesday, the capital was quiet after the parliamentary elections.";
        Document d = TestDocs.doc().published("2025-03-14").paragraph(told).paragraph(named)
                .date("Sunday", "2025-03-09", DatePrecision.DAY).date("Wednesday", "2025-03-12", DatePrecision.DAY).build();
        assertThat(TestDocs.sentencesOf(d, "election")).containsExactly(told);
    }

    @Test
    void aVoteOfAnotherYearToldLaterIsAnElectionOfItsOwn() {
        String named = "Exiles met in Lisbon on Saturday to discuss the coming presidential election.";
        String past = "A similar campaign preceded the 2021 legislative elections, in which turnout fell to a record low.";
        Document d = TestDocs.doc().published("2025-05-12").paragraph(named).paragraph(past)
                .date("Saturday", "2025-05-10", DatePrecision.DAY).date("2021", "2021", DatePrecision.YEAR).build();
        assertThat(TestDocs.sentencesOf(d, "election")).containsExactly(named, past);
    }

    @Test
    void aVoteToldByAbstentionsOrAShareIsAnElection() {
        assertThat(types("After a vote on Sunday that saw record abstentions, the ruling bloc led in two provinces."))
                .contains("election");
        Document share = TestDocs.doc().paragraph("The incumbent took 61 percent of the March 2 vote, officials said.")
                .date("March 2", "2025-03-02", DatePrecision.DAY).build();
        assertThat(elections(share)).extracting(Event::date).containsExactly("2025-03-02");
    }

    @Test
    void aParliamentsVoteOnABillIsNoElection() {
        assertThat(types("The bill passed in a vote on Tuesday with 40 abstentions.")).doesNotContain("election");
    }

    @Test
    void telecomsSuspendedAreOther() {
        assertThat(types("Officials suspended mobile internet services in three provinces on Monday.")).contains("other");
        assertThat(types("The opposition condemned the suspension of mobile phone services on Monday.")).contains("other");
    }

    @Test
    void aSuspensionLiftedIsNoOther() {
        assertThat(types("The regulator lifted the suspension of mobile data services on Monday.")).doesNotContain("other");
    }

    @Test
    void troopsDeployedAreOtherButTearGasIsNot() {
        // stmt28: troops sent in are a measure made known, a statement
        assertThat(types("The army was deployed to the northern towns on Friday.")).contains("statement");
        assertThat(types("Riot police deployed tear gas against the crowd on Friday.")).doesNotContain("other");
    }

    @Test
    void gatheringsBannedAreOtherButALawNamedIsNot() {
        assertThat(types("Authorities took the step of banning all gatherings in the capital on Friday.")).contains("other");
        assertThat(types("Lawmakers debated a law banning gatherings near schools on Friday.")).doesNotContain("other");
    }

    @Test
    void candidatesWithdrawingWarningShotsAndAGovernmentBroughtDownAreOther() {
        assertThat(types("Two candidates withdrew from the race on Friday, citing pressure.")).contains("other");
        assertThat(types("Soldiers fired warning shots into the air near the square on Friday.")).contains("other");
        assertThat(types("The uprising brought down the government of Prime Minister Ilya Varn in May.")).contains("other");
    }

    @Test
    void aRemovalFromPowerPlottedIsNoOther() {
        assertThat(types("Officers plotted to have the governor removed from power in May.")).doesNotContain("other");
    }
}
