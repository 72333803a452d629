package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch q167: an act set "during the protest" (a one-word singular noun after "the") takes the
 * day of the protest told before, not the day of the paragraph's other sentences ("the police
 * chief denied on Thursday ... 24 people had been detained during the protest" of Wednesday); with
 * no protest told, the context dates it as before. Invented
 * reports; 2025-10-16 is a Thursday.
 */
class DuringTheToldProtestTest {
    private static final String PUBLISHED = "2025-10-16";
    private static final String LEAD = "Clashes in Varna\n\n"
            + "A man was killed in Varna on Wednesday as thousands of protesters clashed with police near the parliament.\n\n";

    @Test
    void anArrestDuringTheProtestTakesItsDay() {
        String text = LEAD + "The police chief denied on Thursday that officers had fired live rounds. "
                + "Prosecutors said that 24 people had been detained during the protest.";
        assertThat(datesOf(events(text, PUBLISHED), "arrest")).containsExactly("2025-10-15");
    }

    @Test
    void anArrestWithADayOfItsOwnKeepsIt() {
        String text = LEAD + "Prosecutors said that 24 people had been detained on Thursday during the protest.";
        assertThat(datesOf(events(text, PUBLISHED), "arrest")).containsExactly("2025-10-16");
    }

    @Test
    void withoutAProtestToldTheContextDates() {
        String text = "Arrests in Varna\n\n"
                + "A man was shot dead in Varna on Wednesday.\n\n"
                + "The police chief denied on Thursday that officers had fired live rounds. "
                + "Prosecutors said that 24 people had been detained during the protest.";
        assertThat(datesOf(events(text, PUBLISHED), "arrest")).containsExactly("2025-10-16");
    }
}
