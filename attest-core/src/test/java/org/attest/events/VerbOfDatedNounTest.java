package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * "voted in an early ballot on Saturday, with turnout of about 60 percent": a verb of a vote and,
 * after it in its sentence, a noun of the vote that the sentence dates tell one vote on that day,
 * not a second one on the day the lead gives.
 */
class VerbOfDatedNounTest {
    private static final String LEAD = "Voters in Norvald chose new town councils on Monday in the first local elections in a decade.\n\n";

    @Test
    void aVoteVerbBeforeADatedTurnoutIsOneVote() {
        String text = LEAD + "Soldiers and displaced families voted in an early ballot on Saturday, with turnout of about 60 percent.\n";
        assertThat(datesAfterLead(text, "election")).containsExactly("2025-03-08");
    }

    @Test
    void aVoteVerbWithNoDatedNounKeepsTheLeadsDay() {
        String text = LEAD + "Soldiers and displaced families also voted, officials said.\n";
        assertThat(datesAfterLead(text, "election")).containsExactly("2025-03-10");
    }

    /** The dates of the events of {@code type} after the lead, in a report of Wednesday 12 March 2025. */
    private static List<String> datesAfterLead(String text, String type) {
        List<Event> events = DatedReports.events(text, "2025-03-12");
        return events.stream().filter(e -> e.span().start() >= LEAD.length() && e.type().equals(type)).map(Event::date).toList();
    }
}
