package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch events62: a date before an event noun that a longer phrase of the same type took in
 * ("won the June 2, 2024 election with 61 percent of the vote") dates that phrase, as it dates the
 * noun alone ("the June 2, 2024 election"). A date before a noun of no event still dates nothing.
 * Invented reports; 2025-05-21 is a Wednesday.
 */
class EnclosedNounDatesTest {
    @Test
    void theDatedElectionInsideAWinDatesTheWin() {
        String text = "Opposition leader detained\n\n"
                + "Police in Valtra on Monday detained the opposition leader Ana Riel.\n\n"
                + "President Tomas Brek won the June 2, 2024 election with 61 percent of the vote.";
        assertThat(datesOf(events(text, "2025-05-21"), "election")).containsExactly("2024-06-02");
    }

    @Test
    void aDatedNounOfNoEventInsideASentencePhraseDatesNothing() {
        String text = "Court in Valtra\n\n"
                + "The court sentenced the leader of the 2019 movement to death on Monday.";
        assertThat(datesOf(events(text, "2025-05-21"), "death_sentence")).containsExactly("2025-05-19");
    }
}
