package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * "voted in an early ballot on Saturday, with turnout of about 60 percent": a verb of a vote and a
 * noun of the vote that its sentence dates, after it or before it ("in the 2019 elections ... the
 * lowest for a vote since 1990"), tell one vote on that day, not a second one on the lead's day.
 */
class VerbOfDatedNounTest {
    private static final String LEAD = "Voters in Norvald chose new town councils on Monday in the first local elections in a decade.\n\n";

    @Test
    void aVoteVerbBeforeADatedTurnoutIsOneVote() {
        String text = LEAD + "Soldiers and displaced families voted in an early ballot on Saturday, with turnout of about 60 percent.\n";
        assertThat(datesAfterLead(text, "election")).containsExactly("2025-03-08");
    }

    @Test
    void aVoteAfterADatedElectionIsThatElection() {
        String text = LEAD + "In the 2019 council elections, turnout was 38 percent, then the lowest for a local vote since 1990.\n";
        assertThat(datesAfterLead(text, "election")).containsExactly("2019");
    }

    @Test
    void aVoteVerbWithNoDatedNounKeepsTheLeadsDay() {
        // retold190: on the lead's day, it is the lead's vote told again, no second election
        String text = LEAD + "Soldiers and displaced families also voted, officials said.\n";
        assertThat(DatedReports.datesOf(DatedReports.events(text, "2025-03-12"), "election")).containsExactly("2025-03-10");
    }

    /** The dates of the events of {@code type} after the lead, in a report of Wednesday 12 March 2025. */
    private static List<String> datesAfterLead(String text, String type) {
        List<Event> events = DatedReports.events(text, "2025-03-12");
        return events.stream().filter(e -> e.span().start() >= LEAD.length() && e.type().equals(type)).map(Event::date).toList();
    }
}
