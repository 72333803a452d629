package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Round r180 (7 December 2026, invented sentences on wire copy of unrest): a vote a country holds
 * or a government faces on a year-less day is set for the coming one.
 */
class ScheduledVotesAndCallsTest {

    @Test
    void aVoteHeldOrFacedInThePresentTenseIsTheComingOne() {
        String text = "Vote ahead\n\nThe republic holds parliamentary elections on May 3, and the main parties began campaigning.\n";
        assertThat(datesOf(events(text, "2031-02-10"), "election")).containsExactly("2031-05-03");
        text = "Vote ahead\n\nOfficials said the cabinet, which faces a general election in October, wanted calm.\n";
        assertThat(datesOf(events(text, "2031-02-10"), "election")).containsExactly("2031-10");
        // a vote told in the past tense keeps last year's day
        text = "Vote behind\n\nThe republic held parliamentary elections on May 3, and the result was disputed.\n";
        assertThat(datesOf(events(text, "2031-02-10"), "election")).containsExactly("2030-05-03");
    }
}
