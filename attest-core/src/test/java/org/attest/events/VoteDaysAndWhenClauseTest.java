package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * dates31: the day of a vote named a few weeks ahead is that coming day, "on the eve of the vote"
 * is the day before the vote the report named, and the acts a clause of "when" tells after a date
 * ("the protests of May 2018, when police fired ...", "the March 2018 uprising, when forces killed ...")
 * took place then; so does an act set in a dated event ("protesters killed in the 2018 uprising").
 * Invented reports.
 */
class VoteDaysAndWhenClauseTest {

    @Test
    void aVoteNamedWeeksAheadIsTheComingOne() {
        List<Event> events = DatedReports.events("Candidates are campaigning across Varnell for the "
                + "December 9 election.\n", "2025-11-18");
        assertThat(datesOf(events, "election")).containsExactly("2025-12-09");
    }

    @Test
    void theEveOfTheVoteIsTheDayBeforeIt() {
        List<Event> events = DatedReports.events("Voters in Varnell cast their ballots on Sunday in the regional election.\n\n"
                + "In the port city, residents said gunmen attacked a police post on the eve of the vote, killing two officers.\n",
                "2025-11-16");
        assertThat(datesOf(events, "killing")).containsExactly("2025-11-15"); // types51: the attack that kills is the killing
    }

    @Test
    void anActInAWhenClauseAfterADateTakesThatDate() {
        List<Event> events = DatedReports.events("Thursday's rally recalled the protests of May 2018, when police fired "
                + "tear gas and rubber bullets at students outside the ministry.\n", "2025-11-16");
        assertThat(datesOf(events, "attack")).containsExactly("2018-05");
    }

    @Test
    void anActInAWhenClauseAfterANounTheDateModifiesTakesThatDate() {
        List<Event> events = DatedReports.events("The group said that since the March 2018 uprising, when security forces "
                + "killed more than 300 protesters, its support has grown.\n", "2025-11-16");
        assertThat(datesOf(events, "killing")).containsExactly("2018-03");
    }

    @Test
    void anActRightBeforeInTheDatedEventTakesItsDateAndTheSentencesOtherActsDoNot() {
        List<Event> events = DatedReports.events("In Kessel, demonstrators marched on Saturday carrying portraits of "
                + "the 300 protesters killed in the 2018 uprising.\n", "2025-11-16");
        assertThat(datesOf(events, "killing")).containsExactly("2018");
        assertThat(datesOf(events, "protest")).contains("2025-11-15");
    }
}
