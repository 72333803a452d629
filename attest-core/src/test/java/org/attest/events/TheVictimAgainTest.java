package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch q167: a death told again of a victim the report has named ("the man died of a gunshot
 * wound", "the victims were shot dead") is the death told before, not another; "a student died of
 * his injuries" is a new one, and so is the death of "the man's brother". Invented reports;
 * 2025-10-16 is a Thursday.
 */
class TheVictimAgainTest {
    private static final String PUBLISHED = "2025-10-16";
    private static final String LEAD = "Clashes in Varna\n\n"
            + "A 30-year-old man was killed in Varna overnight as protesters clashed with police.\n\n";

    @Test
    void theManWhoseDeathWasToldDiesNoSecondTime() {
        String text = LEAD + "The coroner's office said the man died of a gunshot wound to the chest.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).hasSize(1);
        assertThat(datesOf(events(text, PUBLISHED), "statement")).isEmpty();
    }

    @Test
    void theYoungVictimIsTheOneToldBefore() {
        String text = LEAD + "The young victim was shot dead near the parliament, witnesses said.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).hasSize(1);
    }

    @Test
    void anIndefiniteVictimIsANewDeath() {
        String text = LEAD + "A student died of his injuries in the north, the university said.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).hasSize(2);
    }

    @Test
    void someoneElseOfTheVictimIsANewDeath() {
        String text = LEAD + "The man's brother was shot dead in the north.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).hasSize(2);
    }

    @Test
    void withoutADeathToldBeforeTheManDiesOnce() {
        String text = "Clashes in Varna\n\nProtesters clashed with police in Varna overnight.\n\n"
                + "The man died of a gunshot wound to the chest, doctors said.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).hasSize(1);
    }
}
