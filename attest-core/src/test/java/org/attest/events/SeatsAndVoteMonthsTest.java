package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round r1a: a result told in seats or votes won is an election, and an election the report dates
 * only to its month takes the day another sentence gives the vote that month. Invented sentences,
 * published Friday 20 October 2023.
 */
class SeatsAndVoteMonthsTest {

    @Test
    void seatsWonTellTheVote() {
        List<Event> ev = events("The Green League won 14 of the 40 seats on the city council.", "2023-10-20");
        assertThat(datesOf(ev, "election")).hasSize(1);
    }

    @Test
    void theMostSeatsTellTheVote() {
        List<Event> ev = events("A farmers' alliance took the most seats in the northern district.", "2023-10-20");
        assertThat(datesOf(ev, "election")).hasSize(1);
    }

    @Test
    void votesWonAgainstARivalTellTheVote() {
        List<Event> ev = events("The mayor won 41,200 votes against 38,900 for her challenger.", "2023-10-20");
        assertThat(datesOf(ev, "election")).hasSize(1);
    }

    @Test
    void aBillWinningVotesIsNoElection() {
        List<Event> ev = events("The housing bill won 61 votes in the upper chamber.", "2023-10-20");
        assertThat(datesOf(ev, "election")).isEmpty();
    }

    @Test
    void theVotesMonthTakesTheDayALaterSentenceGives() {
        List<Event> ev = events("Hundreds of farmers protested on Thursday against the results of this month's regional elections."
                + " The Green League won 14 of the 40 seats on the council, officials said.\n\n"
                + "Turnout in the Oct. 8 vote was 52 percent.", "2023-10-20");
        assertThat(datesOf(ev, "election")).isNotEmpty().allMatch("2023-10-08"::equals);
    }

    @Test
    void twoVotesInTheMonthLeaveItsMentionsAtTheMonth() {
        List<Event> ev = events("Hundreds of farmers protested on Thursday against the results of this month's regional elections."
                + " The Green League won 14 of the 40 seats on the council, officials said.\n\n"
                + "Turnout in the Oct. 1 first round was 52 percent. Turnout in the Oct. 15 run-off was 48 percent.", "2023-10-20");
        assertThat(datesOf(ev, "election")).contains("2023-10").doesNotContain("2023-10-20");
    }
}
