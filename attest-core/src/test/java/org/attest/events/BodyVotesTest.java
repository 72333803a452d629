package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round events61 (invented sentences): a council's or a legislature's vote on a measure is an act
 * of the body (`other`); a member's side told in a relative clause and a vote only asked for are none.
 */
class BodyVotesTest {

    private static List<String> others(String text) {
        List<Event> events = DatedReports.events(text + "\n", "2026-05-14");
        return datesOf(events, "other");
    }

    @Test
    void aCouncilVoteIsAnAct() {
        assertThat(others("Councillors in Varnby voted 14 to 9 on Tuesday to approve the new harbour road."))
                .containsExactly("2026-05-12");
    }

    @Test
    void aCouncilVotingForAResolutionIsAnAct() {
        assertThat(others("The Varnby City Council on Tuesday voted 8-5 for a resolution backing the dockers."))
                .containsExactly("2026-05-12");
    }

    @Test
    void aMembersSideIsNoVote() {
        assertThat(others("Councillor Ada Brenn, who voted against, said the road would split the town.")).isEmpty();
    }

    @Test
    void aVoteAskedForIsNone() {
        assertThat(others("Residents urged councillors to reject the road when they voted next month.")).isEmpty();
    }
}
