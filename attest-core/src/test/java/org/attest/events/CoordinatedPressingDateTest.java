package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Round stmt27 (5 December 2026, invented report): in "X said on Friday that ... and urged Y to
 * ...", the pressing verb is the statement's trigger, and the date of the speech verb it is joined
 * to is its date too, not the date of an earlier event of the report.
 */
class CoordinatedPressingDateTest {

    private static final String LEAD = "Riot police detained dozens of dock workers in Port Belmar on Tuesday. ";

    @Test
    void theCallTakesTheDateOfTheSpeechVerbItIsJoinedTo() {
        String report = LEAD + "Labour Minister Ines Arvola said on Friday that the detentions were unlawful "
                + "and urged the port authority to release the workers.";
        assertThat(datesOf(events(report, "2026-03-14"), "statement")).containsExactly("2026-03-13");
    }

    @Test
    void aCallWithoutADatedSpeechVerbKeepsItsFallback() {
        String report = LEAD + "Labour Minister Ines Arvola said the detentions were unlawful "
                + "and urged the port authority to release the workers.";
        assertThat(datesOf(events(report, "2026-03-14"), "statement")).doesNotContain("2026-03-13");
    }
}
