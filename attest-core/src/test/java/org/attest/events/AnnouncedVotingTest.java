package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round r186: voting announced for its day ("voting is due to take place ... starting on March 3")
 * is an election announced; a chamber's vote is none. Invented reports; 2025-02-10 is a Monday.
 */
class AnnouncedVotingTest {
    private static final String PUBLISHED = "2025-02-10";

    @Test
    void votingDueToTakePlaceIsTheElection() {
        List<Event> events = events("Vote in Corvan\n\n"
                + "Voting is due to take place in two rounds, starting on March 3, in most districts of Corvan.\n", PUBLISHED);
        assertThat(datesOf(events, "election")).containsExactly("2025-03-03");
    }

    @Test
    void votingInAChamberIsNoElection() {
        List<Event> events = events("Budget in Corvan\n\n"
                + "In the Corvan assembly, voting is scheduled for Thursday on the budget bill.\n", PUBLISHED);
        assertThat(datesOf(events, "election")).isEmpty();
    }
}
