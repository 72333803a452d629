package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;
import static org.attest.events.TestDocs.sentencesOf;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r181 (7 December 2026; invented sentences): calls to stop work or shut shop told in other
 * words than "strike"; an act a sign or prelude foretells is none done; a person ranked in a series
 * by a participle ("the 12th person executed") tells the rank of an act told on its own; an act told
 * over two weekdays joined by "and" is one act dated by the first; a guard reaches across a full date
 * written inside the noun phrase ("the anniversary of the March 2, 2021 killings"); an act commemorated
 * is named as what the commemoration marks; people "taken away" are taken into custody; a vote told as
 * done is not dated by a vote still to come; voting set for a day announces the vote; relatives summoned
 * to collect a body are no summons.
 */
class CallsOmensAndRanksTest {

    @Test
    void aCallToHoldAWorkStoppageIsACallForAStrikeHoweverFarTheCallStands() {
        assertThat(types("The dockers' federation called on members at the ports of Velm, Ostra, Kaddar and Brill, "
                + "as well as the rail depot, to hold a two-hour work stoppage on Thursday."))
                .contains("boycott_call").doesNotContain("other");
        assertThat(types("The union urged nurses to stage a work stoppage on Friday.")).contains("boycott_call");
        // the stoppage told as done stays the strike
        assertThat(types("Nurses held a two-hour work stoppage on Friday.")).contains("other").doesNotContain("boycott_call");
    }

    @Test
    void aCallToCloseShopsIsACallForAStrikeAndItsProtestItsReason() {
        assertThat(types("Opposition groups called on traders in Velm, Ostra and Kaddar to close their shops on Monday in protest."))
                .containsExactly("boycott_call");
        assertThat(types("The guild urged its members to shut their stores on Saturday.")).contains("boycott_call");
        // shops the authorities made traders close are no call for a strike
        assertThat(types("Police forced traders to close their shops on Monday.")).doesNotContain("boycott_call");
    }

    @Test
    void anActASignOrPreludeForetellsIsNoneDone() {
        assertThat(types("His lawyer said he was moved to an isolation wing on Sunday, often a sign of imminent execution."))
                .doesNotContain("execution");
        assertThat(types("Such transfers are usually a prelude to execution, the group said.")).doesNotContain("execution");
        assertThat(types("The prisoner was executed on Sunday, his lawyer said.")).contains("execution");
    }

    @Test
    void aPersonRankedInASeriesByAParticipleTellsNoNewAct() {
        assertThat(types("Kestrel is at least the 12th person executed in connection with the riots.")).doesNotContain("execution");
        assertThat(types("She was the third journalist detained in the province this month.")).doesNotContain("arrest");
        // the first, or a superlative, is often the one telling of the act
        assertThat(types("Kestrel was the first woman executed in the province since 1990.")).contains("execution");
        // the act told in the same words without the rank stays
        assertThat(types("Kestrel, the 12th defendant, was executed on Saturday.")).contains("execution");
        assertThat(sentencesOf(TestDocs.doc().published("2024-03-04")
                .paragraph("The authorities hanged Kestrel in Velm on Saturday, the judiciary said.")
                .paragraph("He was the fifth man executed in Velm this year.").build(), "execution")).hasSize(1);
    }

    @Test
    void anActToldOverTwoWeekdaysIsOneActDatedByTheFirst() {
        // published on Friday 8 March 2024: Tuesday is 5 March, Wednesday 6 March
        assertThat(datesOf(events("Police detained at least 40 dockers in Velm on Tuesday night and Wednesday, "
                + "their union said.", "2024-03-08"), "arrest")).containsExactly("2024-03-05");
        assertThat(datesOf(events("Agents searched homes in Ostra on Tuesday and Wednesday and took away 12 men, "
                + "relatives said.", "2024-03-08"), "arrest")).hasSize(1);
        // a plural noun tells one event a day, and days told apart stay apart
        assertThat(datesOf(events("Dockers held protests in Velm on Tuesday and Wednesday.", "2024-03-08"), "protest"))
                .contains("2024-03-05", "2024-03-06");
        assertThat(datesOf(events("Police detained ten men on Tuesday and released them on Wednesday.", "2024-03-08"), "arrest"))
                .containsExactly("2024-03-05");
    }

    @Test
    void aGuardReachesAcrossAFullDateWrittenInTheNounPhrase() {
        assertThat(types("Crowds marked the anniversary of the March 2, 2021 killings in Velm on Saturday."))
                .doesNotContain("killing");
        assertThat(types("Crowds marked the anniversary of the 2 March 2021 killings in Velm on Saturday."))
                .doesNotContain("killing");
        // a date that dates the act is no part of a guarded noun phrase
        assertThat(types("Troops killed nine people in Velm on March 2, 2021, the monitor said.")).contains("killing");
    }

    @Test
    void anActCommemoratedIsNamedNotTold() {
        assertThat(types("Police detained men in Velm to prevent commemorations of the March 2, 2021 killings."))
                .contains("arrest").doesNotContain("killing");
        assertThat(types("Hundreds gathered in Velm on Saturday to commemorate the 2021 shootings.")).doesNotContain("attack", "killing");
    }

    @Test
    void peopleTakenAwayAreTakenIntoCustody() {
        assertThat(types("Relatives said at least 14 men were taken away from the Ostra district on Tuesday.")).contains("arrest");
        assertThat(types("The editor was taken away by masked agents on Tuesday, his wife said.")).contains("arrest");
        // bodies, belongings or rights taken away are no custody
        assertThat(types("The bodies were taken away by the army on Tuesday.")).doesNotContain("arrest");
        assertThat(types("Their phones were taken away at the checkpoint on Tuesday.")).doesNotContain("arrest");
    }

    @Test
    void aVoteToldAsDoneIsNotDatedByAVoteStillToCome() {
        String report = "Voting in the presidential election is scheduled for April 14, 2024, and the president faces two rivals.\n\n"
                + "In January 2019, two challengers were arrested. The president was re-elected with 90 percent of the vote.\n";
        // the re-election takes the paragraph's time, not the coming vote's day
        assertThat(datesOf(events(report, "2024-03-04"), "election")).containsExactly("2024-04-14", "2019-01");
        // the sentence's other words of the vote are of the vote told as done
        String votes = report.replace("90 percent of the vote", "90 percent of valid votes");
        assertThat(datesOf(events(votes, "2024-03-04"), "election")).containsExactly("2024-04-14", "2019-01");
        // told as still to come, the later mention keeps the coming vote's date
        String ahead = "Voting in the presidential election is scheduled for April 14, 2024.\n\n"
                + "Observers fear the president will be re-elected with a large majority.\n";
        assertThat(datesOf(events(ahead, "2024-03-04"), "election")).doesNotContain("2019");
    }

    @Test
    void votingSetForADayAnnouncesTheVote() {
        assertThat(types("Voting is scheduled for April 14 to 16, and the president faces two rivals.")).contains("election");
        assertThat(types("Voting is due on Sunday in the southern provinces.")).contains("election");
        // a vote on a bill is no election
        assertThat(types("Voting is scheduled for Tuesday on the bill to raise the pension age.")).doesNotContain("election");
    }

    @Test
    void relativesSummonedToCollectABodyAreNoSummons() {
        assertThat(types("His parents were summoned on Tuesday to collect his body from the prison.")).doesNotContain("other");
        assertThat(types("The family was summoned to identify the remains on Tuesday.")).doesNotContain("other");
        // a summons by the security service stays
        assertThat(types("Three teachers were summoned by the intelligence office on Tuesday.")).contains("other");
    }
}
