package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round retold190: sentences that add detail to an event told before report no new one. The
 * figures and conduct of a vote on the day already told are that vote again (VoteMentions); a
 * release told without a day of its own after an arrest is that arrest's end (CustodyEnds).
 * Invented reports; 2025-11-10 is a Monday.
 */
class EventsToldAgainTest {
    private static final String PUBLISHED = "2025-11-10";
    private static final String VOTE = "Voters in Dorvan province went to the polls on Saturday to choose their governor.";

    @Test
    void aTurnoutOnTheDayOfTheToldVoteIsThatVote() {
        List<Event> events = events("Dorvan vote\n\n" + VOTE + "\n\n"
                + "Turnout stood at 27.5% of the 1.9 million registered voters.\n", PUBLISHED);
        assertThat(datesOf(events, "election")).containsExactly("2025-11-08");
    }

    @Test
    void aResultInVotesOnTheDayOfTheToldVoteIsThatVote() {
        List<Event> events = events("Dorvan vote\n\n" + VOTE + "\n\n"
                + "The incumbent won the seat with 212,430 votes against 98,120 for his rival.\n", PUBLISHED);
        assertThat(datesOf(events, "election")).containsExactly("2025-11-08");
    }

    @Test
    void theTurnoutOfAnEarlierVoteIsAnotherVote() {
        List<Event> events = events("Dorvan vote\n\n" + VOTE + "\n\n"
                + "Turnout in the 2019 election was 38 percent, the lowest since 2005.\n", PUBLISHED);
        assertThat(datesOf(events, "election")).containsExactly("2025-11-08", "2019");
    }

    @Test
    void aReleaseWithoutADayAfterAToldArrestEndsThatArrest() {
        List<Event> events = events("Arrests in Kelmar\n\n"
                + "Police detained two activists in Kelmar on Saturday.\n\n"
                + "One of them was released without charge after questioning.\n", PUBLISHED);
        assertThat(datesOf(events, "arrest")).containsExactly("2025-11-08");
        assertThat(datesOf(events, "other")).isEmpty();
    }

    @Test
    void aReleaseOnADayOfItsOwnIsNews() {
        List<Event> events = events("Arrests in Kelmar\n\n"
                + "Police detained two activists in Kelmar on Saturday.\n\n"
                + "One of them was released on Sunday.\n", PUBLISHED);
        assertThat(datesOf(events, "other")).containsExactly("2025-11-09");
    }

    @Test
    void aReleaseWithNoArrestToldBeforeIsNews() {
        List<Event> events = events("Journalists freed in Kelmar\n\n"
                + "Two journalists were released from Kelmar prison, their newspaper said.\n", PUBLISHED);
        assertThat(datesOf(events, "other")).hasSize(1);
    }
}
