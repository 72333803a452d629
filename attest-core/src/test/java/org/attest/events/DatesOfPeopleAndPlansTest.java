package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Event dates a careful reader would call wrong (round dates23): a day after the people an act
 * was done to, a year-less month of an election ahead, "the past month", a lead dated by
 * nothing but its dateline, "the day before the election", a vote moved to a day ahead,
 * and a clause of "that" after a dated noun ("the March 3 coup that ousted"), "last Thursday"
 * written on a Friday, and a dateline in the bracket a lead opens with.
 */
class DatesOfPeopleAndPlansTest {
    /** A Tuesday. */
    private static final String TUESDAY = "2022-09-20";

    @Test
    void aDayAfterThePeopleAnActWasDoneToIsTheActsDay() {
        String text = "Unrest in Dorvana\n\n"
                + "A young teacher died in custody on Friday.\n\n"
                + "Officers detained and beat demonstrators on Monday evening in the port city.";
        List<Event> events = events(text, TUESDAY);
        assertThat(datesOf(events, "arrest")).containsExactly("2022-09-19");
    }

    @Test
    void aYearlessMonthInAdvanceOfAnElectionIsTheComingOne() {
        List<Event> events = events("Authorities in Dorvana have detained four more critics, as a crackdown "
                + "in advance of November elections drew criticism abroad.", "2021-07-06");
        assertThat(datesOf(events, "election")).containsExactly("2021-11");
    }

    @Test
    void aBareMonthBeforeAnElectionNamesTheElectionAlone() {
        List<Event> events = events("Authorities in Dorvana have detained four more critics, as a crackdown "
                + "in advance of November elections drew criticism abroad.", "2021-07-06");
        assertThat(datesOf(events, "arrest")).containsExactly("2021-07-06");
        // after "in", a month still dates the sentence
        List<Event> spread = events("In March protests spread to the mining towns of Dorvana.", "2021-07-06");
        assertThat(datesOf(spread, "protest")).containsExactly("2021-03");
    }

    @Test
    void thePastMonthIsTheMonthMostOfItLiesIn() {
        String sentence = "More than twenty critics have been arrested during the past month in Dorvana.";
        assertThat(datesOf(events(sentence, "2021-07-06"), "arrest")).containsExactly("2021-06");
        assertThat(datesOf(events(sentence, "2021-07-28"), "arrest")).containsExactly("2021-07");
    }

    @Test
    void aDatelineLeadTakesTheDayTheNextParagraphGives() {
        String text = "Three hanged in Kerman\n\n"
                + "Prison Watch (PW); May 1, 2024: Three men, all held for drug charges, were hanged in Kerman Central Prison.\n\n"
                + "According to a local campaign, the three were hanged in Kerman Central Prison on 29 April.";
        assertThat(datesOf(events(text, "2024-05-01"), "execution")).containsExactly("2024-04-29");
        // a day at a town the lead did not name is another happening
        String other = "Three hanged in Kerman\n\n"
                + "Prison Watch (PW); May 1, 2024: Three men, all held for drug charges, were hanged in Kerman Central Prison.\n\n"
                + "Two more men were hanged in Yazd on 29 April.";
        assertThat(datesOf(events(other, "2024-05-01"), "execution")).hasSize(2);
    }

    @Test
    void theDayBeforeTheElectionCountsFromTheVotesDay() {
        String text = "Dorvana results\n\n"
                + "The governor took 61% of the ballots cast in Thursday's election, the commission said.\n\n"
                + "His rival said on Friday that he had proof of fraud. Officials shut down the internet the day before the election.";
        assertThat(datesOf(events(text, "2021-01-16"), "other")).containsExactly("2021-01-13");
    }

    @Test
    void daysAfterTheVoteCountFromItsDay() {
        String text = "Dorvana results\n\n"
                + "Voters went to the polls on 3 May in a tense presidential election.\n\n"
                + "Opposition supporters said on 9 May that police had arrested forty activists two days after the vote.";
        assertThat(datesOf(events(text, "2021-05-10"), "arrest")).containsExactly("2021-05-05");
    }

    @Test
    void aVoteMovedToADateAheadTakesThatDateAlone() {
        String text = "Dorvana unrest\n\n"
                + "Thousands marched in the capital in December.\n\n"
                + "They also demand a new cabinet and the prompt holding of elections, already brought forward from 2027 to May 2025.";
        List<Event> events = events(text, "2024-11-20");
        assertThat(datesOf(events, "election")).containsExactly("2025-05");
        assertThat(datesOf(events, "protest")).doesNotContain("2025-05");
    }

    @Test
    void aClauseOfThatAfterADatedNounHappenedThen() {
        List<Event> events = events("Soldiers fired on crowds in several towns on Wednesday, as the army moved to quell "
                + "protests against the March 3 coup that ousted the elected cabinet of Dorvana.", "2021-04-08");
        assertThat(datesOf(events, "other")).containsExactly("2021-03-03");
        assertThat(datesOf(events, "attack")).containsExactly("2021-04-07");
    }

    @Test
    void lastThursdayWrittenOnAFridayIsTheWeekBefore() {
        // 2024-04-26 is a Friday: yesterday would be "on Thursday"
        assertThat(datesOf(events("Police began detaining students at the camps last Thursday.", "2024-04-26"), "arrest"))
                .containsExactly("2024-04-18");
        assertThat(datesOf(events("Police began detaining students at the camps last Tuesday.", "2024-04-26"), "arrest"))
                .containsExactly("2024-04-23");
    }

    @Test
    void aDateClosingTheBracketASentenceOpensWithIsADateline() {
        String text = "Clashes in Kelmar\n\n"
                + "Kelmar, (KNA - Example Network News - 13th Jun, 2024) Security forces fired tear gas Wednesday at "
                + "demonstrators in Kelmar.\n\n"
                + "At least ten people were arrested, a ministry spokesman said.";
        List<Event> events = events(text, "2024-06-13");
        assertThat(datesOf(events, "arrest")).containsExactly("2024-06-12");
    }
}
