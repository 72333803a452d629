package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round r1b (7 December 2026, invented sentences): wire copy on unrest abroad and an opposition
 * group's pages. A round-up of places goes on with the day of the news, not the day a source spoke
 * on; statements put out jointly; a named speaker whose relative clause stands before the dated verb;
 * shops that keep their shutters down; a chair who speaks.
 */
class ForeignNewsRoundTest {

    @Test
    void aRoundUpOfPlacesTakesTheDayOfTheNewsNotTheDayTheSourceSpoke() {
        List<Event> events = DatedReports.events("Police in Velmar detained at least 30 dockers on Tuesday night after pickets "
                + "clashed with strike breakers at the port gates, the transport ministry said on Wednesday.\n\n"
                + "In Kest, hundreds of dockers marched to the harbour office and blocked the ring road.\n", "2026-03-13");
        assertThat(datesOf(events, "protest")).contains("2026-03-10").doesNotContain("2026-03-11");
        // with no day of news before the words, the round-up still goes on with the day they were spoken
        List<Event> spokenOnly = DatedReports.events("The transport ministry said on Wednesday that the port would stay open.\n\n"
                + "In Kest, hundreds of dockers marched to the harbour office and blocked the ring road.\n", "2026-03-13");
        assertThat(datesOf(spokenOnly, "protest")).contains("2026-03-11");
    }

    @Test
    void aJointStatementIsAStatement() {
        assertThat(types("The consulates of nine countries said in a joint statement on Monday that they were alarmed by the raids."))
                .contains("statement");
        assertThat(types("In a joint statement on Friday, the dockers' unions of four ports said they would not return to work."))
                .contains("statement");
    }

    @Test
    void aNamedSpeakerWithAClauseAboutHimBeforeTheDatedVerbMakesAStatement() {
        assertThat(types("Varnholt, who spent a decade at sea before the strike began, said on state television on Friday evening "
                + "that the terminal would reopen next week.")).contains("statement");
        assertThat(types("Varnholt, who has given no proof for his claim that foreign funds are paying for the strikes, said on "
                + "state television on Saturday evening that the strikers had tried to seize power.")).contains("statement");
        // undated, the bare name with its clause only quotes again
        assertThat(types("Varnholt, who spent a decade at sea before the strike began, said the terminal would reopen next week."))
                .doesNotContain("statement");
    }

    @Test
    void shopsThatKeepTheirShuttersDownStrike() {
        assertThat(types("Traders in at least a dozen market towns across the eastern valleys kept their shutters down on Monday."))
                .contains("other");
        assertThat(types("Traders were ordered to keep their shutters down during the curfew.")).doesNotContain("protest");
    }

    @Test
    void aChairOfAGroupSpeaksForIt() {
        assertThat(types("\"The harbour belongs to those who work in it,\" Ilse Maren, the chair of the Dockers' League, "
                + "told the crowd on Saturday.")).contains("statement");
    }

    @Test
    void wordsGivenToAGatheringTakeItsDayNotTheDayOfWriting() {
        String lead = "Thousands of dockers marched through Velmar on Saturday to demand the reopening of the port.\n\n";
        List<Event> crowd = DatedReports.events(lead + "\"The harbour belongs to those who work in it,\" Ilse Maren, "
                + "the chair of the Dockers' League, told the crowd.\n", "2026-03-16");
        assertThat(datesOf(crowd, "statement")).containsExactly("2026-03-14");
        List<Event> speech = DatedReports.events(lead + "\"We have counted 40 closures in a year,\" said Ilse Maren, "
                + "the league's secretary-general, in her opening speech.\n", "2026-03-16");
        assertThat(datesOf(speech, "statement")).containsExactly("2026-03-14");
    }

    @Test
    void clashesReportedInTownsAreTheirUnrest() {
        assertThat(types("Clashes were also reported on Friday in Kest, Velmar and Ostrava, where dockers fought with strike breakers."))
                .containsExactly("protest");
        assertThat(types("Clashes were reported between the army and rebels in the northern hills.")).doesNotContain("protest");
    }

    @Test
    void aPrimaryVoteIsAnElection() {
        assertThat(types("On Sunday, the Harbour Party went ahead with a primary vote in which about 40,000 members backed "
                + "Maren as its candidate.")).containsExactly("election");
    }

    @Test
    void aLicenceToKillNamesNoKilling() {
        // the order is the news: "a licence to kill" is what critics call it, no killing done
        assertThat(types("Last Friday, Harbour Minister Ilse Maren told the port guards to fire on anyone who climbed the fence, "
                + "an order the union said amounted to a licence to kill.")).containsExactly("statement");
    }

    @Test
    void aDayAfterWhatFollowsDatesThatAloneNotTheActBeforeIt() {
        // "a day after" counts back from the day told to what follows it; the detention keeps its own day
        assertThat(datesOf(DatedReports.events("Varnholt was detained on March 19, a day after the harbour board annulled "
                + "his licence.\n", "2025-03-24"), "arrest")).containsExactly("2025-03-19");
        // an act that follows the count takes the day it gives
        assertThat(datesOf(DatedReports.events("Varnholt was detained on March 19, two days after police arrested his "
                + "brother.\n", "2025-03-24"), "arrest")).containsExactly("2025-03-19", "2025-03-17");
    }

    @Test
    void aBriefingAddressedIsASpeech() {
        assertThat(types("Ilse Maren, the league's secretary-general, addressed the briefing by video link from Kest."))
                .containsExactly("statement");
    }

    @Test
    void aWhichClauseGoingOnWithAndTellsWhatTheDatedEventDid() {
        List<Event> events = DatedReports.events("Velmar has seen no strikes of this size since the dock riots of 2013, "
                + "which began over a pay cut and left eight people dead.\n", "2025-03-24");
        assertThat(datesOf(events, "killing")).containsExactly("2013");
    }

    @Test
    void aYearEarlierIsTwelveMonthsBeforeTheDayToldNotABareYear() {
        List<Event> events = DatedReports.events("Dockers in Velmar marched on 10 February to mark the founding of their union.\n\n"
                + "A year earlier, the league reported slogans in about 30 towns during the same anniversary.\n", "2025-02-14");
        assertThat(datesOf(events, "protest")).contains("2025-02-10", "2024-02-10");
    }
}
