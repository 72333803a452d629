package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Round r5a: an ordinal before a unit of time ("the third day of unrest since Sunday's vote")
 * counts days from the landmark after "since", which is then news of the report and keeps its own
 * date; it is no yardstick. The dates and events stages run over invented reports. 2025-09-17 is
 * a Wednesday.
 */
class CountedStretchesTest {
    @Test
    void aVoteAfterTheSecondNightSinceKeepsItsOwnDay() {
        String text = "Clashes in Valtra\n\n"
                + "Police fired tear gas at crowds in Valtra on Tuesday night, the second night of unrest since Monday's "
                + "presidential election, witnesses said.";
        assertThat(datesOf(events(text, "2025-09-17"), "election")).containsExactly("2025-09-15");
    }

    @Test
    void aThirdDaySinceAVoteDatesTheVoteNotTheMarch() {
        String text = "Marches in Valtra\n\n"
                + "Students marched through Valtra on Wednesday, the third day of rallies since Sunday's disputed "
                + "referendum.";
        assertThat(datesOf(events(text, "2025-09-17"), "election")).containsExactly("2025-09-14");
    }

    @Test
    void anOrdinalWithNoUnitOfTimeStillRanks() {
        String text = "Strike in Valtra\n\n"
                + "Dockers walked out in Valtra on Tuesday, the second strike since the 2019 election, the union said.";
        assertThat(datesOf(events(text, "2025-09-17"), "election")).isEmpty();
    }
}
