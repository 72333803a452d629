package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A lead-up frame ("in the run-up to the elections on March 1", "in the weeks before the vote
 * on 9 May", "ahead of the vote on ...") names the day of the event it looks towards: the acts
 * of its sentence came before that day, and the report's other sentences are not of it.
 */
class LeadUpFramesTest {

    @Test
    void theVotesDayInARunUpFrameDatesTheVoteAloneAndNoOtherSentence() {
        String text = "Opposition in Dorvana\n\n"
                + "In the run-up to the parliamentary elections on March 3, 2024, activists across Dorvana stepped up "
                + "their work. During the month of February, they carried out 900 actions in 40 towns.\n\n"
                + "In Velmora, youths put up posters of the jailed leader on walls.";
        List<Event> events = events(text, null);
        assertThat(datesOf(events, "election")).containsExactly("2024-03-03");
        assertThat(datesOf(events, "protest")).isNotEmpty().allMatch("2024-02"::equals);
    }

    @Test
    void inTheWeeksBeforeTheVoteTheCallTakesTheReportsMonth() {
        String text = "Dorvana, January 2024 - In the weeks before the parliamentary elections on March 3, "
                + "opposition groups launched a campaign calling for a boycott of the vote.";
        List<Event> events = events(text, null);
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-01");
    }

    @Test
    void aDateAfterAVoteOutsideAFrameStillDatesTheSentence() {
        // no lead-up: the rally and the vote share the day the sentence gives
        List<Event> events = events("Thousands rallied in Velmora against the elections on March 3, 2024.", null);
        assertThat(datesOf(events, "protest")).containsExactly("2024-03-03");
    }
}
