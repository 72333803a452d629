package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Round dates51: the stretch a rank is measured over ("this year", a "since" clause) dates no
 * event of the sentence. The dates and events stages run over invented reports. 2025-09-17 is a
 * Wednesday.
 */
class RecordScopeDatesTest {
    @Test
    void thisYearAfterAnOrdinalDoesNotDateTheRankedStrike() {
        String text = "Strike in Valtra\n\n"
                + "Monday's stoppage was the third national strike in Valtra this year.";
        assertThat(datesOf(events(text, "2025-09-17"), "other")).containsExactly("2025-09-15");
    }

    @Test
    void thisYearAfterASuperlativeLeavesTheDayOfTheMarch() {
        String text = "March in Valtra\n\n"
                + "Thousands of nurses marched through Valtra on Tuesday, the biggest rally the port has seen this year.";
        assertThat(datesOf(events(text, "2025-09-17"), "protest")).containsExactly("2025-09-16");
    }

    @Test
    void aSinceClauseAfterARankTellsNoEventOfItsOwn() {
        String text = "March in Valtra\n\n"
                + "Thousands of tenants marched through Valtra on Sunday, the largest protest since the union (VTU) "
                + "first took to the streets in 2019.";
        assertThat(datesOf(events(text, "2025-09-17"), "protest")).containsExactly("2025-09-14");
    }

    @Test
    void aHyphenatedRankBoundsItsSinceClause() {
        String text = "Executions in Valtra\n\n"
                + "Valtra hanged 41 people in 2024, the second-highest total recorded since the monitor began counting executions in 2011.";
        assertThat(datesOf(events(text, "2025-09-17"), "execution")).containsExactly("2024");
    }

    @Test
    void aSinceClauseWithNoRankStillDatesItsStretch() {
        String text = "Unrest in Valtra\n\n"
                + "Police fired on marchers in Valtra on Tuesday, medics said.\n\n"
                + "Protests have swept the province since a student died in custody in July.";
        assertThat(datesOf(events(text, "2025-09-17"), "protest")).contains("2025-07");
    }

    @Test
    void aLowestTurnoutSinceALandmarkDatesNoMarchToTheLandmark() {
        String text = "Vote in Valtra\n\n"
                + "Turnout on Sunday was the lowest since the 2011 protests, officials said.";
        assertThat(datesOf(events(text, "2025-09-17"), "protest")).isEmpty();
    }

    @Test
    void atLeastIsNoRankBeforeSince() {
        String text = "Arrests in Valtra\n\n"
                + "Monitors said that at least 45 people had been arrested in the province since Sunday.";
        assertThat(datesOf(events(text, "2025-09-17"), "arrest")).containsExactly("2025-09-14");
    }
}
